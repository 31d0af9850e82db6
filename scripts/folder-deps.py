#!/usr/bin/env python3
"""Which folder of a module uses which other folder, and the circles among them.

    scripts/folder-deps.py [MODULE] [--why] [--check]

A folder uses another when its code names a type declared at the top level there, or a member
declared there in an extension of a type from elsewhere (`extension DebriefApp { static func
archiveKey … }` in Archive/ makes Archive the owner of `archiveKey`). Names declared in more than
one folder, enum case names, argument labels, a folder's own nested type names and members
declared in several folders are left out. Comments and string literals are ignored. --why lists the names behind
each arrow; --check exits 1 when folders form a circle (the exit status is what CI looks at).
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources")
DECL = re.compile(r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private|fileprivate|package|final|indirect|nonisolated)\s+)*"
                  r"(?:struct|enum|class|protocol|typealias|actor)\s+([A-Za-z_]\w*)")
EXT = re.compile(r"^(?:(?:public|internal|private|fileprivate|package)\s+)*extension\s+([A-Za-z_][\w.]*)")
ANY_MEMBER = re.compile(r"^\s+(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private|fileprivate|package|static|mutating|nonisolated|final|override|lazy)\s+)*"
                        r"(?:func|var|let|case)\s+([A-Za-z_]\w*)")
MEMBER = re.compile(r"^    (?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private|fileprivate|package|static|mutating|nonisolated|final|override)\s+)*"
                    r"(?:func|var|let|struct|enum|class|typealias)\s+([A-Za-z_]\w*)")
IDENT = re.compile(r"[A-Za-z_]\w*(?!\w)(?!\s*:(?!:))")
CASE = re.compile(r"^\s+(?:indirect\s+)?case\s+([A-Za-z_]\w*)")


def strip(text):
    """Drops comments and the contents of string literals (interpolations too: rough, but safe)."""
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r'"""(?:.|\n)*?"""', '""', text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    return re.sub(r"//[^\n]*", "", text)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    module = args[0] if args else "DebriefUI"
    why, check = "--why" in sys.argv, "--check" in sys.argv
    base = os.path.join(ROOT, module)
    files = {}
    for folder in sorted(os.listdir(base)):
        path = os.path.join(base, folder)
        if not os.path.isdir(path):
            continue
        for dirpath, _, names in os.walk(path):
            for name in names:
                if name.endswith(".swift"):
                    with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                        files.setdefault(folder, []).append(strip(f.read()))
    types, members, cases = {}, {}, set()
    nested = {}     # folder -> type names declared inside other types there (SessionState.Overlay)
    declared = {}   # member name -> folders declaring a member of that name anywhere
    for folder, texts in files.items():
        for text in texts:
            extended = None
            for line in text.split("\n"):
                m = CASE.match(line)
                if m:
                    cases.add(m.group(1))
                m = ANY_MEMBER.match(line)
                if m:
                    declared.setdefault(m.group(1), set()).add(folder)
                if line[:1].isspace():
                    m = DECL.match(line.lstrip())
                    if m:
                        nested.setdefault(folder, set()).add(m.group(1))
                m = DECL.match(line)
                if m:
                    types.setdefault(m.group(1), set()).add(folder)
                    extended = None
                    continue
                m = EXT.match(line)
                if m:
                    extended = m.group(1).split(".")[0]
                    continue
                if line.startswith("}"):
                    extended = None
                if extended:
                    m = MEMBER.match(line)
                    if m:
                        members.setdefault(m.group(1), set()).add((folder, extended))
    owner = {name: next(iter(f)) for name, f in types.items() if len(f) == 1}
    for name, places in members.items():
        folders = {f for f, _ in places}
        # A member counts when one folder declares it, on a type declared in another folder.
        if name in owner or name in cases or len(folders) != 1 or len(declared.get(name, folders)) != 1:
            continue
        folder = next(iter(folders))
        if all(owner.get(ext) not in (None, folder) for _, ext in places):
            owner[name] = folder
    uses = {folder: {} for folder in files}
    for folder, texts in files.items():
        for text in texts:
            for m in IDENT.finditer(text):
                ident = m.group(0)
                target = owner.get(ident)
                if not target or target == folder or ident in nested.get(folder, ()):
                    continue
                # A member is used as `.name` or `name(`, never as a bare word (`with character:`).
                if ident not in types and text[m.start() - 1:m.start()] != "." and text[m.end():m.end() + 1] != "(":
                    continue
                uses[folder].setdefault(target, set()).add(ident)
    print(f"{module}: folder -> folders it uses")
    for folder in sorted(uses):
        targets = sorted(uses[folder])
        print(f"  {folder:<10} -> {', '.join(targets) if targets else '(nothing)'}")
        if why:
            for t in targets:
                names = sorted(uses[folder][t])
                print(f"      {t}: {', '.join(names[:12])}{' …' if len(names) > 12 else ''}")
    circles = [c for c in strongly_connected(uses) if len(c) > 1]
    for c in circles:
        print("  circle: " + " <-> ".join(sorted(c)))
    if not circles:
        print("  no circles")
    sys.exit(1 if check and circles else 0)


def strongly_connected(graph):
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on.discard(w)
                comp.add(w)
                if w == v:
                    break
            out.append(comp)

    for v in graph:
        if v not in index:
            visit(v)
    return out


if __name__ == "__main__":
    main()
