import Foundation

/// Header text reduced to what identifies it: lower case, accents folded, letters and digits only.
/// "Deal – Close Date", "deal_close_date" and "DEAL CLOSE-DATE" all become "dealclosedate",
/// so admins' renames that only touch case, spacing or punctuation still match.
public enum ColumnName {
    public static func key(_ header: String) -> String {
        // Most headers and stage names are ASCII: fold those without Foundation (this runs per row).
        if header.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(header.utf8.count)
            for byte in header.utf8 {
                switch byte {
                case 0x41...0x5A: bytes.append(byte + 0x20)
                case 0x61...0x7A, 0x30...0x39: bytes.append(byte)
                default: continue
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let folded = header.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            out.append(scalar)
        }
        return String(out)
    }
}
