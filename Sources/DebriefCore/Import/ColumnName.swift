import Foundation

/// Header text reduced to what identifies it: lower case, accents folded, letters and digits only.
/// "Deal – Close Date", "deal_close_date" and "DEAL CLOSE-DATE" all become "dealclosedate",
/// so admins' renames that only touch case, spacing or punctuation still match.
public enum ColumnName {
    public static func key(_ header: String) -> String {
        let folded = header.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            out.append(scalar)
        }
        return String(out)
    }
}
