"""What a proof environment has installed, as JSON on stdout: its Python version and every
distribution with its dist-info METADATA. With a folder argument it also writes there one
metadata-only wheel per distribution (METADATA, WHEEL, RECORD), so that pip's own resolver can
judge a requirements file against exactly these releases without an index."""
import importlib.metadata as metadata
import json
import os
import re
import sys
import zipfile


def wheel(folder, name, version, text):
    stem = re.sub(r"[-_.]+", "_", name).lower() + "-" + version
    info = stem + ".dist-info"
    with zipfile.ZipFile(os.path.join(folder, stem + "-py3-none-any.whl"), "w") as archive:
        archive.writestr(info + "/METADATA", text)
        archive.writestr(info + "/WHEEL", "Wheel-Version: 1.0\nGenerator: djstack-proof\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        archive.writestr(info + "/RECORD", "")


out = {"python": "%d.%d" % sys.version_info[:2], "dists": []}
seen = set()
for dist in metadata.distributions():
    name = dist.metadata["Name"]
    if not name or name.lower() in seen:
        continue
    seen.add(name.lower())
    text = dist.read_text("METADATA") or dist.read_text("PKG-INFO") or ""
    # An egg-info (bookworm's Debian builds) keeps its requirements in requires.txt, not in
    # PKG-INFO: importlib reads them as Requires-Dist, and they go into the header here.
    if "\nRequires-Dist:" not in text and dist.requires:
        head, sep, body = text.partition("\n\n")
        text = head.rstrip("\n") + "".join("\nRequires-Dist: " + r for r in dist.requires) + "\n" + sep + body
    out["dists"].append({"name": name, "version": dist.version, "metadata": text})
    if len(sys.argv) > 1:
        os.makedirs(sys.argv[1], exist_ok=True)
        wheel(sys.argv[1], name, dist.version, text)
print(json.dumps(out))
