#!/usr/bin/env python3
"""An independent BagIt validator (RFC 8493, BagIt 1.0; also the 0.97 draft), standard library only.

Written from the RFC's text for Chronicle's tests, sharing no code with Chronicle (which is TypeScript): it exists
because no BagIt validator can be installed here (Debian bookworm and the npm registry have none), and a check of
Chronicle's bags by Chronicle's own code would prove little. It reads a bag folder or a zip (the bag at the zip's
root or in its one top-level folder) and checks:

  * bagit.txt (2.1.1): exactly "BagIt-Version: M.N" and "Tag-File-Character-Encoding: ENC", UTF-8, no BOM;
  * the payload folder data/ (2.1.2) and at least one payload manifest manifest-ALG.txt (2.1.3);
  * every manifest line "CHECKSUM FILEPATH" (2.1.3, 2.2.1): the algorithm known, the path relative and inside the
    bag (section 5.2's cautions: no "..", absolute, "~", drive-letter, UNC or environment-variable paths), in data/
    for payload manifests, percent-decoded (%0A, %0D, %25) in 1.0, listed twice only with one checksum;
  * completeness (3): every listed file present, every payload file listed in every payload manifest;
  * validity (3): every checksum of every payload and tag manifest;
  * bag-info.txt (2.2.2): "Label: value" lines with continuation lines, and Payload-Oxum when given;
  * fetch.txt (2.2.3): "URL LENGTH FILEPATH" lines, paths as above. A file it lists that is not there yet is
    reported "to fetch" and not missing (the conformance suite counts such a bag valid); --complete makes it missing.

Tag files are decoded in the encoding bagit.txt names. Prints one line per problem and a last line VALID or
INVALID; exits 0 when valid, 1 when not, 2 on a usage error.
"""
import hashlib
import os
import re
import sys
import zipfile
import zlib

ALGORITHMS = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
MANIFEST = re.compile(r"^(tag)?manifest-([A-Za-z0-9]+)\.txt$")
VERSION_LINE = re.compile(r"^BagIt-Version: (\d+)\.(\d+)$")
ENCODING_LINE = re.compile(r"^Tag-File-Character-Encoding: (\S.*)$")


class Bag:
    """The bag's files by path relative to its base folder (forward slashes), read on demand."""

    def __init__(self, target):
        self.files = {}  # relative path -> function returning the bytes
        if os.path.isdir(target):
            for folder, _dirs, names in os.walk(target):
                for name in names:
                    full = os.path.join(folder, name)
                    rel = os.path.relpath(full, target).replace(os.sep, "/")
                    self.files[rel] = (lambda p=full: open(p, "rb").read())
            self.has_data_dir = os.path.isdir(os.path.join(target, "data"))
        else:
            archive = zipfile.ZipFile(target)
            names = [n for n in archive.namelist() if not n.endswith("/")]
            tops = {n.split("/", 1)[0] for n in names}
            prefix = ""
            if "bagit.txt" not in names and len(tops) == 1 and all("/" in n for n in names):
                prefix = tops.pop() + "/"
            for name in names:
                if name.startswith(prefix):
                    self.files[name[len(prefix):]] = (lambda n=name: archive.read(n))
            self.has_data_dir = any(n.startswith(prefix + "data/") for n in archive.namelist())

    def read(self, rel):
        """The file's bytes; a zip entry whose bytes fail the zip's own CRC check is a problem of its own."""
        try:
            return self.files[rel]()
        except (zipfile.BadZipFile, zlib.error) as err:
            raise Unreadable("unreadable: %s (%s)" % (rel, err))


class Unreadable(Exception):
    pass


def path_problem(path):
    """Why a path from a manifest or fetch.txt may not be used, or None (RFC 8493 section 5.2)."""
    if re.match(r"^[A-Za-z]:", path):
        return "drive path"
    if path.startswith("/") or path.startswith("\\"):
        return "absolute path"
    if path.startswith("~"):
        return "home-folder path"
    if re.search(r"%[A-Za-z_][A-Za-z0-9_]*%|\$[A-Za-z_{]", path):
        return "environment-variable path"
    if ".." in re.split(r"[/\\]", path):
        return "path leaves the bag"
    return None


def decode_path(path, version):
    """1.0 percent-encodes LF, CR and % in file paths (2.1.3); 0.97 writes them as they are."""
    if version < (1, 0):
        return path
    return re.sub(r"%(0A|0D|25)", lambda m: {"0A": "\n", "0D": "\r", "25": "%"}[m.group(1).upper()], path, flags=re.I)


def normal(path):
    return path[2:] if path.startswith("./") else path


def split_lines(text):
    return re.split(r"\r\n|\r|\n", text)


def check(bag, complete):
    problems = []
    notes = []
    if "bagit.txt" not in bag.files:
        return ["missing: bagit.txt"], notes
    raw = bag.read("bagit.txt")
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("invalid: bagit.txt begins with a byte-order mark")
        raw = raw[3:]
    try:
        lines = split_lines(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return problems + ["invalid: bagit.txt is not UTF-8"], notes
    if lines and lines[-1] == "":
        lines.pop()
    version_match = VERSION_LINE.match(lines[0]) if lines else None
    encoding_match = ENCODING_LINE.match(lines[1]) if len(lines) > 1 else None
    if not version_match:
        problems.append("invalid: bagit.txt line 1 is not 'BagIt-Version: M.N'")
    if not encoding_match:
        problems.append("invalid: bagit.txt line 2 is not 'Tag-File-Character-Encoding: ENCODING'")
    if len(lines) > 2:
        problems.append("invalid: bagit.txt has lines after the two it may have")
    if problems:
        return problems, notes
    version = (int(version_match.group(1)), int(version_match.group(2)))
    encoding = encoding_match.group(1).strip()
    try:
        "".encode(encoding)
    except LookupError:
        return ["invalid: bagit.txt names an unknown encoding %s" % encoding], notes

    def text_of(name):
        # A byte-order mark is no part of the text, whatever the encoding (UTF-16BE keeps it as U+FEFF).
        return bag.read(name).decode(encoding).lstrip("\ufeff")

    if not bag.has_data_dir:
        problems.append("missing: data/ (the payload folder)")

    # fetch.txt: files that may be fetched later.
    to_fetch = set()
    if "fetch.txt" in bag.files:
        for number, line in enumerate(split_lines(text_of("fetch.txt")), 1):
            if line.strip() == "":
                continue
            parts = line.split(None, 2)
            if len(parts) != 3 or not (parts[1] == "-" or parts[1].isdigit()):
                problems.append("invalid: fetch.txt:%d: not 'URL LENGTH FILEPATH'" % number)
                continue
            path = decode_path(parts[2], version)
            why = path_problem(path)
            if why:
                problems.append("invalid: fetch.txt:%d: %s (%s)" % (number, path, why))
            else:
                to_fetch.add(normal(path))

    manifests = sorted(n for n in bag.files if MANIFEST.match(n))
    payload_manifests = [n for n in manifests if not n.startswith("tag")]
    if not payload_manifests:
        problems.append("missing: a payload manifest (manifest-ALGORITHM.txt)")
    payload = sorted(n for n in bag.files if n.startswith("data/"))
    listed_by = {}
    for name in manifests:
        is_tag = name.startswith("tag")
        algorithm = MANIFEST.match(name).group(2).lower()
        if algorithm not in ALGORITHMS:
            problems.append("invalid: %s: unsupported algorithm %s" % (name, algorithm))
            continue
        entries = {}
        for number, line in enumerate(split_lines(text_of(name)), 1):
            if line.strip() == "":
                continue
            match = re.match(r"^([0-9A-Fa-f]+)[ \t]+(.+)$", line)
            if not match:
                problems.append("invalid: %s:%d: not 'CHECKSUM FILEPATH'" % (name, number))
                continue
            checksum = match.group(1).lower()
            path = decode_path(match.group(2), version)
            why = path_problem(path)
            if why:
                problems.append("invalid: %s:%d: %s (%s)" % (name, number, path, why))
                continue
            path = normal(path)
            if not is_tag and not path.startswith("data/"):
                problems.append("invalid: %s:%d: %s is not in data/" % (name, number, path))
                continue
            if is_tag and (path.startswith("data/") or MANIFEST.match(path) and path.startswith("tagmanifest-")):
                problems.append("invalid: %s:%d: %s may not be in a tag manifest" % (name, number, path))
                continue
            if path in entries and entries[path] != checksum:
                problems.append("invalid: %s:%d: %s listed twice with different checksums" % (name, number, path))
                continue
            entries[path] = checksum
        listed_by[name] = set(entries)
        for path, checksum in sorted(entries.items()):
            if path not in bag.files:
                if path in to_fetch and not complete:
                    notes.append("to fetch: %s" % path)
                else:
                    problems.append("missing: %s (listed in %s)" % (path, name))
                continue
            actual = hashlib.new(algorithm, bag.read(path)).hexdigest()
            if actual != checksum:
                problems.append("changed: %s (%s %s, %s says %s)" % (path, algorithm, actual, name, checksum))
        if not is_tag:
            for path in payload:
                if path not in entries:
                    problems.append("extra: %s (not in %s)" % (path, name))

    if "bag-info.txt" in bag.files:
        problems.extend(check_bag_info(text_of("bag-info.txt"), bag, payload))
    return problems, sorted(set(notes))


def check_bag_info(text, bag, payload):
    problems = []
    fields = []
    for number, line in enumerate(split_lines(text), 1):
        if line == "":
            continue
        if line[0] in " \t":
            if not fields:
                problems.append("invalid: bag-info.txt:%d: a continuation line with nothing to continue" % number)
            continue
        if ":" not in line:
            problems.append("invalid: bag-info.txt:%d: not 'Label: value'" % number)
            continue
        label, value = line.split(":", 1)
        fields.append((label.strip(), value.strip()))
    for label, value in fields:
        if label.lower() != "payload-oxum":
            continue
        match = re.match(r"^(\d+)\.(\d+)$", value)
        if not match:
            problems.append("invalid: bag-info.txt: Payload-Oxum %s is not OCTETS.STREAMS" % value)
            continue
        octets = sum(len(bag.read(p)) for p in payload)
        if (int(match.group(1)), int(match.group(2))) != (octets, len(payload)):
            problems.append("invalid: bag-info.txt: Payload-Oxum %s, but the payload is %d.%d" % (value, octets, len(payload)))
    return problems


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    complete = "--complete" in argv
    if len(args) != 1 or any(a not in ("--complete",) for a in argv if a.startswith("--")):
        print("usage: bagit_validate.py [--complete] BAG_FOLDER_OR_ZIP", file=sys.stderr)
        return 2
    target = args[0]
    if not os.path.exists(target):
        print("missing: %s (no such file or folder)" % target)
        print("INVALID")
        return 1
    try:
        bag = Bag(target)
    except (zipfile.BadZipFile, OSError):
        print("invalid: %s is neither a folder nor a zip" % target)
        print("INVALID")
        return 1
    try:
        problems, notes = check(bag, complete)
    except Unreadable as err:
        problems, notes = [str(err)], []
    for line in notes + problems:
        print(line)
    print("INVALID" if problems else "VALID")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
