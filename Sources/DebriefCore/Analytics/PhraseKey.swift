/// The form two phrases are compared in, so "Mutual action plan — from the 1st demo!" and
/// "mutual action plan from the 1st demo" are the same: case and accents folded, apostrophes
/// dropped, every other punctuation mark a space, runs of whitespace one space.
public enum PhraseKey {
    public static func normalize(_ text: String) -> String {
        let folded = SearchFolding.fold(text)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// Words that carry no meaning of their own in a short title.
    static let articles: Set<Substring> = ["a", "an", "the"]

    /// The distinct words of a normalised key, articles left out.
    public static func tokens(of key: String) -> Set<Substring> {
        Set(key.split(separator: " ").filter { !articles.contains($0) })
    }

    /// Shared words over all words (Jaccard index) of two token sets, 0...1; 0 when both are empty.
    public static func similarity(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }
}
