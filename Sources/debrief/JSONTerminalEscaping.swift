import Foundation

/// JSON for a terminal: the encoder leaves DEL, C1 controls (the 8-bit CSI among them), bidi
/// overrides and other invisible format characters in text as they are, and a terminal acts on
/// them. Each becomes its `\u` escape, which every JSON reader reads back as the same text.
enum JSONTerminalEscaping {
    static func escape(_ json: Data) -> Data {
        guard json.contains(where: { $0 >= 0x7F }) else { return json }
        // Byte by byte: ASCII is copied in runs and only non-ASCII scalars are decoded (a listing of
        // 100,000 deals with accented names went through a String scalar by scalar).
        return json.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Data in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count + 64)
            var runStart = 0, index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x7F { index += 1; continue }
                // One UTF-8 sequence, decoded by hand (a String per accented letter was most of the cost).
                let length = lead < 0x80 ? 1 : lead < 0xC0 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF8 ? 4 : 0
                guard length > 0, index + length <= bytes.count else {
                    index += 1  // not UTF-8 (the encoder writes none): copied as it is
                    continue
                }
                var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
                for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                guard let scalar = Unicode.Scalar(value) else {
                    index += 1
                    continue
                }
                if needsEscape(scalar) {
                    out.append(contentsOf: bytes[runStart..<index])
                    for unit in String(scalar).utf16 {
                        out.append(contentsOf: String(format: "\\u%04X", unit).utf8)
                    }
                    runStart = index + length
                }
                index += length
            }
            out.append(contentsOf: bytes[runStart..<bytes.count])
            return Data(out)
        }
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x7F: false
        // Latin, Greek and Cyrillic hold no format character but the soft hyphen: no table lookup.
        case 0xA0..<0x600 where scalar.value != 0xAD: false
        case 0x7F...0x9F, 0x2028, 0x2029: true
        default: scalar.properties.generalCategory == .format
        }
    }
}
