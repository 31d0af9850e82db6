import Foundation

/// Text folded for matching the way people type searches: case and accents ignored, so
/// "zurich" finds "Café Zürich AG" and "tomas" finds "Tomás".
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }
}
