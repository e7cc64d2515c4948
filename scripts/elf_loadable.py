"""Exit 1 if a shared library's loadable segments would be refused by the dynamic loader.

    python3 scripts/elf_loadable.py FILE...

The loader needs each PT_LOAD segment's file offset and address to agree modulo its
alignment ("ELF load command address/offset not page-aligned" otherwise). `strip` breaks
that in libraries that patchelf rewrote before (auditwheel does, e.g. NumPy's OpenBLAS),
so scripts/build_deb.sh checks every library it stripped. Prints each refused file.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

PT_LOAD = 1


def loadable(path: Path) -> bool:
    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        return True  # not ELF: nothing for the loader to refuse
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        phoff, = struct.unpack_from(order + "Q", data, 0x20)
        entry_size, count = struct.unpack_from(order + "HH", data, 0x36)
        layout = order + "IIQQQQQQ"  # type, flags, offset, vaddr, paddr, filesz, memsz, align
    else:
        phoff, = struct.unpack_from(order + "I", data, 0x1C)
        entry_size, count = struct.unpack_from(order + "HH", data, 0x2A)
        layout = order + "IIIIIIII"  # type, offset, vaddr, paddr, filesz, memsz, flags, align
    for index in range(count):
        fields = struct.unpack_from(layout, data, phoff + index * entry_size)
        if wide:
            kind, _flags, offset, address, _p, _f, _m, align = fields
        else:
            kind, offset, address, _p, _f, _m, _flags, align = fields
        if kind == PT_LOAD and align > 1 and (offset - address) % align != 0:
            return False
    return True


def main(args: list[str]) -> int:
    refused = [name for name in args if not loadable(Path(name))]
    for name in refused:
        print(f"elf_loadable: {name}: a loadable segment is out of alignment", file=sys.stderr)
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
