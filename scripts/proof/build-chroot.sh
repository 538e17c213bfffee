#!/usr/bin/env bash
# Builds one proof environment: a minbase Debian chroot of SUITE at TARGET with the given Debian
# packages (those the suite has; the others are left out and listed). Called by environments.mjs,
# which decides when a rebuild is due. Run as root.
#   build-chroot.sh SUITE TARGET BASE_CACHE MIRROR EXPERIMENTAL(0|1) PACKAGE...
set -euo pipefail
suite=$1 target=$2 base_cache=$3 mirror=$4 experimental=$5
shift 5
packages=("$@")

# A debootstrap of the suite is kept apart, so a changed package list costs a copy, not a bootstrap.
base="$base_cache/$suite"
if [ ! -f "$base/.complete" ]; then
  rm -rf "$base.partial"
  mkdir -p "$base_cache"
  debootstrap --variant=minbase "$suite" "$base.partial" "$mirror"
  touch "$base.partial/.complete"
  rm -rf "$base"
  mv "$base.partial" "$base"
fi

work="$target.partial"
rm -rf "$work"
cp -a "$base" "$work"
rm -f "$work/.complete"

# /proc is mounted for apt's maintainer scripts only, and unmounted on every way out.
cleanup() { mountpoint -q "$work/proc" && umount -l "$work/proc" || true; }
# A signal ends the build too (a bare trap would unmount and then carry on with the next command).
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mount -t proc proc "$work/proc"

{
  echo "deb $mirror $suite main"
  [ "$experimental" = 1 ] && echo "deb $mirror experimental main"
} >"$work/etc/apt/sources.list"
# Services installed in the chroot must not start: the proof starts them itself, on loopback.
printf '#!/bin/sh\nexit 101\n' >"$work/usr/sbin/policy-rc.d"
chmod +x "$work/usr/sbin/policy-rc.d"

in_chroot() { chroot "$work" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }
# Whether the first argument is among the others. (Not `printf | grep -q`: under pipefail, grep
# quitting at its first match can kill printf with SIGPIPE, which then reads as "not found".)
contains() {
  local wanted=$1 item
  shift
  for item in "$@"; do [ "$item" = "$wanted" ] && return 0; done
  return 1
}
# sid's and experimental's Release files expire within days of their signing.
APT=(apt-get -q -o Acquire::Check-Valid-Until=false)
in_chroot "${APT[@]}" update

available=() absent=()
for package in "${packages[@]}"; do
  if in_chroot apt-cache show "$package" >/dev/null 2>&1; then available+=("$package"); else absent+=("$package"); fi
done
[ "${#absent[@]}" -gt 0 ] && echo "Not in $suite: ${absent[*]}"
# Forks that Conflict with the package they replace (PREFER="fork:original ..."): the fork wins.
for pair in ${PREFER:-}; do
  fork=${pair%%:*} original=${pair##*:}
  if contains "$fork" "${available[@]}"; then
    kept=()
    for package in "${available[@]}"; do [ "$package" = "$original" ] || kept+=("$package"); done
    available=("${kept[@]}")
    absent+=("$original (replaced by $fork)")
  fi
done

if [ "$experimental" = 1 ]; then
  in_chroot "${APT[@]}" install -y --no-install-recommends -t experimental python3-django
  # Django stays experimental's: a package whose Debian build Depends on an older Django is left out.
  in_chroot apt-mark hold python3-django
fi
if ! in_chroot "${APT[@]}" install -y --no-install-recommends "${available[@]}"; then
  installable=()
  for package in "${available[@]}"; do
    if in_chroot "${APT[@]}" install -s -y --no-install-recommends "$package" >/dev/null 2>&1; then
      installable+=("$package")
    else
      absent+=("$package (not installable beside this suite's Django)")
    fi
  done
  echo "Left out: ${absent[*]}"
  in_chroot "${APT[@]}" install -y --no-install-recommends "${installable[@]}"
fi
in_chroot "${APT[@]}" clean

printf '%s\n' "${absent[@]}" >"$work/.absent"
touch "$work/.complete"
cleanup
trap - EXIT INT TERM
rm -rf "$target"
mv "$work" "$target"
