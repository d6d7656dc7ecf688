#!/usr/bin/env python3
"""Builds a grid HEIC (ISO/IEC 23008-12 'grid' derived image) from tiles that heif-enc encoded.

Phones store a photo as a grid of 512 x 512 HEVC tiles; Debian's heif-enc (libheif 1.15) writes a
single untiled image only. This script takes one single-image HEIC per tile, row by row, lifts each
tile's coded picture and HEVC configuration out of it, and writes a file whose primary item is a grid
over those tiles, optionally cropped by a 'clap' property, turned by an 'irot' property and carrying
an EXIF item whose orientation tag a HEIF reader must ignore. heif-convert (libheif) is the reference decoder for the result.

    heif-grid.py --rows R --columns C --width W --height H [--clap W H DX DY] [--irot A] \
        [--exif-orientation N] \
        -o out.heic tile-0.heic tile-1.heic ...
"""
import argparse
import struct


def box(kind, payload):
    return struct.pack(">I4s", 8 + len(payload), kind.encode("ascii")) + payload


def full_box(kind, version, flags, payload):
    return box(kind, struct.pack(">I", (version << 24) | flags) + payload)


def children(data, start, end):
    """(type, payload start, payload end) of each box between start and end."""
    while start + 8 <= end:
        size, kind = struct.unpack(">I4s", data[start:start + 8])
        header = 8
        if size == 1:
            size = struct.unpack(">Q", data[start + 8:start + 16])[0]
            header = 16
        elif size == 0:
            size = end - start
        yield kind.decode("latin1"), start + header, start + size
        start += size


def single_tile(path):
    """The hvcC payload and coded bytes of the primary item of a single-image HEIC."""
    data = open(path, "rb").read()
    meta = next((s, e) for kind, s, e in children(data, 0, len(data)) if kind == "meta")
    boxes = {kind: (s, e) for kind, s, e in children(data, meta[0] + 4, meta[1])}
    ipco = next((s, e) for kind, s, e in children(data, *boxes["iprp"]) if kind == "ipco")
    hvcc = next(data[s:e] for kind, s, e in children(data, *ipco) if kind == "hvcC")
    s, e = boxes["iloc"]
    version = data[s]
    sizes = struct.unpack(">H", data[s + 4:s + 6])[0]
    offset_size, length_size, base_size = sizes >> 12, (sizes >> 8) & 0xF, (sizes >> 4) & 0xF
    index_size = sizes & 0xF if version >= 1 else 0
    pos = s + 6
    count = struct.unpack(">H", data[pos:pos + 2])[0]
    pos += 2
    assert count == 1, f"{path}: expected one item, found {count}"

    def read(n):
        nonlocal pos
        value = int.from_bytes(data[pos:pos + n], "big") if n else 0
        pos += n
        return value

    read(2)  # item id
    if version >= 1:
        assert read(2) & 0xF == 0, "tile data must be in the file"
    read(2)  # data reference index
    base = read(base_size)
    coded = b""
    for _ in range(read(2)):
        read(index_size)
        offset, length = base + read(offset_size), read(length_size)
        coded += data[offset:offset + length]
    return hvcc, coded


def exif_payload(orientation):
    """A big-endian TIFF with one IFD entry, the orientation tag, after HEIF's 4-byte header offset."""
    tiff = b"MM" + struct.pack(">HI", 42, 8) + struct.pack(">H", 1)
    tiff += struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack(">I", 0)
    return struct.pack(">I", 6) + b"Exif\0\0" + tiff


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--columns", type=int, required=True)
    parser.add_argument("--width", type=int, required=True)
    parser.add_argument("--height", type=int, required=True)
    parser.add_argument("--clap", type=int, nargs=4, metavar=("WIDTH", "HEIGHT", "DX", "DY"),
                        help="clean aperture: its size and its centre's offset from the image's centre")
    parser.add_argument("--irot", type=int, help="anticlockwise quarter turns to display the grid")
    parser.add_argument("--exif-orientation", type=int, help="an EXIF orientation tag a reader must ignore")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("tiles", nargs="+")
    args = parser.parse_args()
    assert len(args.tiles) == args.rows * args.columns, "one tile file per grid cell"
    tiles = [single_tile(path) for path in args.tiles]

    grid_id = 1
    tile_ids = list(range(2, 2 + len(tiles)))
    exif_id = tile_ids[-1] + 1
    tile_width, tile_height = 512, 512

    # properties, numbered from 1 in the order they are listed
    # one hvcC property per distinct configuration: tiles from one encoder usually share it
    configurations = list(dict.fromkeys(hvcc for hvcc, _ in tiles))
    properties = [box("hvcC", hvcc) for hvcc in configurations]
    properties.append(full_box("ispe", 0, 0, struct.pack(">II", tile_width, tile_height)))
    tile_ispe = len(properties)
    properties.append(full_box("ispe", 0, 0, struct.pack(">II", args.width, args.height)))
    grid_ispe = len(properties)
    grid_associations = [grid_ispe]
    if args.clap is not None:  # before any turn, as MIAF orders them
        width, height, dx, dy = args.clap
        properties.append(box("clap", struct.pack(">IIIIiIiI", width, 1, height, 1, dx, 1, dy, 1)))
        grid_associations.append(len(properties) | 0x80)
    if args.irot is not None:
        properties.append(box("irot", bytes([args.irot & 3])))
        grid_associations.append(len(properties) | 0x80)  # essential
    assert len(properties) < 128, "property indexes are written in 7 bits"
    ipco = box("ipco", b"".join(properties))
    entries = [(grid_id, grid_associations)]
    entries += [(tile_id, [configurations.index(hvcc) + 1 | 0x80, tile_ispe]) for tile_id, (hvcc, _) in zip(tile_ids, tiles)]
    ipma = full_box("ipma", 0, 0, struct.pack(">I", len(entries)) + b"".join(
        struct.pack(">HB", item, len(indexes)) + bytes(indexes) for item, indexes in entries))

    infos = [full_box("infe", 2, 0, struct.pack(">HH4s", grid_id, 0, b"grid") + b"\0")]
    infos += [full_box("infe", 2, 1, struct.pack(">HH4s", tile_id, 0, b"hvc1") + b"\0") for tile_id in tile_ids]
    items = [(grid_id, struct.pack(">BBBBHH", 0, 0, args.rows - 1, args.columns - 1, args.width, args.height))]
    items += [(tile_id, coded) for tile_id, (_, coded) in zip(tile_ids, tiles)]
    references = [box("dimg", struct.pack(">HH", grid_id, len(tile_ids)) + b"".join(struct.pack(">H", t) for t in tile_ids))]
    if args.exif_orientation is not None:
        infos.append(full_box("infe", 2, 1, struct.pack(">HH4s", exif_id, 0, b"Exif") + b"\0"))
        items.append((exif_id, exif_payload(args.exif_orientation)))
        references.append(box("cdsc", struct.pack(">HHH", exif_id, 1, grid_id)))

    ftyp = box("ftyp", b"heic" + struct.pack(">I", 0) + b"mif1heicmiaf")

    def meta_box(mdat_start):
        # iloc version 0, 4-byte offsets and lengths, no base offset: every item one extent in mdat
        position, locations = mdat_start + 8, b""
        for item, payload in items:
            locations += struct.pack(">HHHII", item, 0, 1, position, len(payload))
            position += len(payload)
        return full_box("meta", 0, 0, b"".join([
            full_box("hdlr", 0, 0, struct.pack(">I4s12s", 0, b"pict", b"\0" * 12) + b"\0"),
            full_box("pitm", 0, 0, struct.pack(">H", grid_id)),
            full_box("iinf", 0, 0, struct.pack(">H", len(infos)) + b"".join(infos)),
            full_box("iref", 0, 0, b"".join(references)),
            box("iprp", ipco + ipma),
            full_box("iloc", 0, 0, struct.pack(">BBH", 0x44, 0x00, len(items)) + locations),
        ]))

    meta_length = len(meta_box(0))
    meta = meta_box(len(ftyp) + meta_length)
    mdat = box("mdat", b"".join(payload for _, payload in items))
    with open(args.output, "wb") as out:
        out.write(ftyp + meta + mdat)


if __name__ == "__main__":
    main()
