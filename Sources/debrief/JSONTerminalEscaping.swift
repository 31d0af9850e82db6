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
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard index + length <= bytes.count,
                      let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first,
                      scalar.value != 0xFFFD || lead == 0xEF else {
                    index += 1  // not UTF-8 (the encoder writes none): copied as it is
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
        case 0x7F...0x9F, 0x2028, 0x2029: true
        default: scalar.properties.generalCategory == .format
        }
    }
}
