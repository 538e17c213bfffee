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
# Debian ships the time zone database as its tzdata package (/usr/share/zoneinfo), which
# zoneinfo uses before the PyPI tzdata distribution; requirements on tzdata (kombu,
# python-dateutil) are met by it. It stands in the inventory as tzdata at the database's version
# ("2025b" -> 2025.2), so pip judges the rest of the file instead of stopping there.
if "tzdata" not in seen:
    try:
        with open("/usr/share/zoneinfo/tzdata.zi") as zi:
            match = re.match(r"# version (\d{4})([a-z])", zi.readline())
    except OSError:
        match = None
    if match:
        version = "%s.%d" % (match.group(1), ord(match.group(2)) - ord("a") + 1)
        text = "Metadata-Version: 2.1\nName: tzdata\nVersion: %s\nSummary: Debian's system tzdata\n" % version
        out["dists"].append({"name": "tzdata", "version": version, "metadata": text})
        if len(sys.argv) > 1:
            wheel(sys.argv[1], "tzdata", version, text)
print(json.dumps(out))
