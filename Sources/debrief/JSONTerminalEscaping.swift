import Foundation

/// JSON for a terminal: the encoder leaves DEL, C1 controls (the 8-bit CSI among them), bidi
/// overrides and other invisible format characters in text as they are, and a terminal acts on
/// them. Each becomes its `\u` escape, which every JSON reader reads back as the same text.
enum JSONTerminalEscaping {
    static func escape(_ json: Data) -> Data {
        guard json.contains(where: { $0 >= 0x7F }) else { return json }
        let text = String(decoding: json, as: UTF8.self)
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else { out.append(scalar); continue }
            for unit in String(scalar).utf16 {
                out.append(contentsOf: String(format: "\\u%04X", unit).unicodeScalars)
            }
        }
        return Data(String(out).utf8)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x7F: false
        case 0x7F...0x9F, 0x2028, 0x2029: true
        default: scalar.properties.generalCategory == .format
        }
    }
}
