/// Which character separates cells. CRMs write commas; Excel in many European locales writes
/// semicolons, and "Unicode text" exports use tabs. The header line decides.
enum DelimiterGuess {
    static let candidates: [Unicode.Scalar] = [",", ";", "\t"]

    /// The candidate that occurs most often, outside quotes, in the first line. Commas win ties.
    static func guess(from text: Substring) -> Unicode.Scalar {
        var counter = Counter()
        _ = counter.read(text.unicodeScalars)
        return counter.best
    }

    /// The guess made as text streams in: `read` says when the line that decides has ended.
    struct Counter {
        private var counts: [Unicode.Scalar: Int] = [:]
        private var inQuotes = false
        private(set) var isSettled = false

        /// Reads more text; true once the guess is settled (the rest of the text does not matter).
        mutating func read(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
            if isSettled { return true }
            for scalar in scalars {
                if scalar == "\"" { inQuotes.toggle(); continue }
                if inQuotes { continue }
                if scalar == "\n" || scalar == "\r" {
                    if counts.isEmpty { continue }  // leading blank lines
                    isSettled = true
                    return true
                }
                if candidates.contains(scalar) { counts[scalar, default: 0] += 1 }
            }
            return false
        }

        var best: Unicode.Scalar {
            var best: Unicode.Scalar = ","
            for candidate in candidates where counts[candidate, default: 0] > counts[best, default: 0] {
                best = candidate
            }
            return best
        }
    }

    /// Excel's `sep=X` first line: the delimiter it names and where the CSV proper starts.
    static func excelSeparatorLine(_ text: Substring) -> (delimiter: Unicode.Scalar, rest: Substring.Index)? {
        let scalars = text.unicodeScalars
        guard text.hasPrefix("sep="), let end = scalars.firstIndex(where: { $0 == "\n" || $0 == "\r" }) else { return nil }
        let value = scalars[scalars.index(scalars.startIndex, offsetBy: 4)..<end]
        guard value.count == 1, let delimiter = value.first else { return nil }
        var rest = scalars.index(after: end)
        if scalars[end] == "\r", rest < scalars.endIndex, scalars[rest] == "\n" { rest = scalars.index(after: rest) }
        return (delimiter, rest)
    }
}
