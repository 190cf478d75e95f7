#!/usr/bin/env bash
# Downloads the Debian packages named in tests/packages/packages.txt with `apt-get download` and
# unpacks them with `dpkg-deb -x` into a cache folder, never installing anything; their modules
# are then under <cache>/root/usr/lib/python3/dist-packages. The cache folder is the first
# argument, else $PYTHEBO_PACKAGES_CACHE, else target/packages. A cache that already holds the
# current candidate versions is left as it is (no network needed); otherwise the packages are
# fetched again. Fails (status 1, with a message saying why) when they cannot be had.
set -euo pipefail
here="$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
cache="${1:-${PYTHEBO_PACKAGES_CACHE:-$here/../../target/packages}}"
mkdir -p "$cache"
cache="$(readlink -f "$cache")"
mapfile -t packages < <(grep -v '^\s*\(#\|$\)' "$here/packages.txt")

# name=version per package, as apt would download it now (one apt-cache call: each costs seconds).
versions() {
    local out
    out="$(apt-cache show --no-all-versions "${packages[@]}" 2>/dev/null \
        | awk '/^Package: /{p=$2} /^Version: /{print p "=" $2}' | sort -u)" || return 1
    [[ $(wc -l <<<"$out") -eq ${#packages[@]} ]] || return 1
    echo "$out"
}

updated=false
update_lists() {
    if ! $updated && [[ $(id -u) -eq 0 ]]; then
        updated=true
        echo "fetch.sh: apt-get update" >&2
        apt-get update -qq >&2 || true
    else
        return 1
    fi
}

if ! key="$(versions)"; then
    update_lists || true
    key="$(versions)" || { echo "fetch.sh: apt knows no version of some of: ${packages[*]} (apt-get update needed?)" >&2; exit 1; }
fi
if [[ -f "$cache/fetched" && "$(cat "$cache/fetched")" == "$key" ]]; then
    exit 0
fi

debs="$cache/debs"
mkdir -p "$debs"
missing=()
for pv in $key; do
    p="${pv%%=*}" v="${pv#*=}"
    compgen -G "$debs/${p}_${v//:/%3a}_*.deb" >/dev/null || missing+=("$pv")
done
if ((${#missing[@]})); then
    # apt-get download writes into the current folder; as root it warns that _apt cannot write there.
    if ! (cd "$debs" && apt-get download -q "${missing[@]}" >/dev/null 2>"$cache/download.log"); then
        if update_lists && key="$(versions)"; then
            missing=()
            for pv in $key; do
                p="${pv%%=*}" v="${pv#*=}"
                compgen -G "$debs/${p}_${v//:/%3a}_*.deb" >/dev/null || missing+=("$pv")
            done
        fi
        if ! (cd "$debs" && apt-get download -q "${missing[@]}" >/dev/null 2>"$cache/download.log"); then
            echo "fetch.sh: apt-get download failed (no network to Debian's mirrors?):" >&2
            grep -v '^W: Download is performed unsandboxed' "$cache/download.log" >&2 || true
            exit 1
        fi
    fi
fi

rm -rf "$cache/root" "$cache/fetched"
mkdir -p "$cache/root"
for pv in $key; do
    p="${pv%%=*}" v="${pv#*=}"
    for deb in "$debs/${p}_${v//:/%3a}_"*.deb; do
        dpkg-deb -x "$deb" "$cache/root"
    done
done
# Old versions left by an earlier fetch.
for deb in "$debs"/*.deb; do
    name="$(basename "$deb")"
    grep -qx "$(echo "$name" | sed -E 's/^([^_]+)_([^_]+)_.*$/\1=\2/; s/%3a/:/g')" <<<"$key" || rm -f "$deb"
done
echo "$key" > "$cache/fetched"
