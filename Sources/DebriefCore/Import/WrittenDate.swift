/// Dates written with a month name, as CRMs and spreadsheets print them in reports: `17-May-2026`,
/// `May 17, 2026`, `17 May 2026 10:00 AM`, `17. Mai 2026`, `17 de mayo de 2026`, `17-MAY-26` (Oracle),
/// and the CJK form `2026年5月17日`. The month name is read in English, German, French, Spanish,
/// Italian, Portuguese and Dutch, in full or short; the time of day is dropped.
enum WrittenDate {
    static func parse(_ raw: String) -> Day? {
        if raw.contains("年") { return cjk(raw) }
        var month: Int?
        var numbers: [Substring] = []
        var afterTime = false
        for token in tokens(raw) {
            if token.first?.isNumber == true {
                // "10:00" starts the time of day: nothing after it names the day.
                if afterTime { continue }
                numbers.append(token)
            } else if token == ":" {
                // The number before the first ':' was the hour.
                if !afterTime {
                    guard numbers.count >= 3 else { return nil }
                    numbers.removeLast()
                    afterTime = true
                }
            } else {
                let word = ColumnName.key(String(token))
                if let found = monthNumbers[word] {
                    guard month == nil else { return nil }
                    month = found
                } else if !ignoredWords.contains(word) {
                    return nil
                }
            }
        }
        guard let month, numbers.count >= 2 else { return nil }
        let first = numbers[0], second = numbers[1]
        let (dayText, yearText) = first.count == 4 ? (second, first) : (first, second)
        guard dayText.count <= 2, yearText.count == 4 || yearText.count == 2,
              let day = Int(dayText), var year = Int(yearText) else { return nil }
        if yearText.count == 2 { year += 2000 }
        return Day(year: year, month: month, day: day)
    }

    /// Runs of letters, runs of ASCII digits, and each ':' (which marks a time of day).
    private static func tokens(_ raw: String) -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        var kind = 0
        for index in raw.indices {
            let character = raw[index]
            let current = character.isASCII && character.isNumber ? 1 : (character.isLetter ? 2 : 0)
            if current != kind || current == 0 {
                if let begin = start { tokens.append(raw[begin..<index]) }
                start = current == 0 ? nil : index
                kind = current
            }
            if character == ":" { tokens.append(raw[index...index]) }
        }
        if let begin = start { tokens.append(raw[begin...]) }
        return tokens
    }

    /// `2026年5月17日` (Japanese and Chinese): year, month, day in that order.
    private static func cjk(_ raw: String) -> Day? {
        let numbers = tokens(raw).filter { $0.first?.isNumber == true }
        guard numbers.count >= 3, numbers[0].count == 4, let year = Int(numbers[0]), let month = Int(numbers[1]),
              let day = Int(numbers[2]) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// Words that may stand beside a date without changing it: ordinals, "de", "of", weekdays, AM/PM, zones.
    private static let ignoredWords: Set<String> = [
        "st", "nd", "rd", "th", "de", "del", "of", "the", "am", "pm", "utc", "gmt", "z", "t", "er",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday",
    ]

    /// Month names as `ColumnName` keys (accents folded: "märz" is "marz", "août" is "aout").
    static let monthNumbers: [String: Int] = {
        let names: [[String]] = [
            ["jan", "january", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "jän", "jaen"],
            ["feb", "february", "februar", "fevrier", "fevr", "fev", "febrero", "febbraio", "fevereiro", "februari"],
            ["mar", "march", "marz", "mars", "marzo", "marco", "maart", "mrt", "maerz"],
            ["apr", "april", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
            ["jun", "june", "juni", "juin", "junio", "giugno", "giu", "junho"],
            ["jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
            ["aug", "august", "aout", "agosto", "ago", "augustus"],
            ["sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
            ["oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
            ["nov", "november", "novembre", "noviembre", "novembro"],
            ["dec", "december", "dezember", "dez", "decembre", "diciembre", "dic", "dicembre", "dezembro"],
        ]
        var table: [String: Int] = [:]
        for (index, group) in names.enumerated() {
            for name in group { table[ColumnName.key(name)] = index + 1 }
        }
        return table
    }()
}
