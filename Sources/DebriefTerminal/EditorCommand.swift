/// The editor to run, from `$EDITOR` (then `$VISUAL`, then `vi`), split into words the way a
/// shell splits a command line (`code --wait`, `vim -u NONE`, `"/opt/My Editor/bin/ed" -w`), but
/// never run by a shell: `$`, backquotes, `;` and the like are plain characters, so nothing in the
/// variable is expanded or executed.
struct EditorCommand: Equatable {
    var words: [String]

    /// nil when the chosen variable is not a usable word list (an unclosed quote, nothing but spaces).
    init?(environment: [String: String]) {
        let chosen = [environment["EDITOR"], environment["VISUAL"]].compactMap { $0 }
            .first { !$0.allSatisfy(\.isWhitespace) } ?? "vi"
        guard let words = Self.split(chosen), !words.isEmpty else { return nil }
        self.words = words
    }

    /// The variable's text for messages.
    static func named(in environment: [String: String]) -> String {
        [environment["EDITOR"], environment["VISUAL"]].compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) } ?? "vi"
    }

    /// Words separated by blanks; single quotes keep everything literally, double quotes keep
    /// everything but `\"` and `\\`, a backslash outside quotes keeps the next character.
    static func split(_ line: String) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                if quote == "\"", character != "\"", character != "\\" { word.append("\\") }
                word.append(character)
                escaped = false
                continue
            }
            switch (quote, character) {
            case (nil, "'"), (nil, "\""):
                quote = character
                inWord = true
            case ("'", "'"), ("\"", "\""):
                quote = nil
            case (nil, "\\"), ("\"", "\\"):
                escaped = true
                inWord = true
            case (nil, _) where character.isWhitespace:
                if inWord { words.append(word) }
                word = ""
                inWord = false
            default:
                word.append(character)
                inWord = true
            }
        }
        guard quote == nil, !escaped else { return nil }
        if inWord { words.append(word) }
        return words
    }
}
