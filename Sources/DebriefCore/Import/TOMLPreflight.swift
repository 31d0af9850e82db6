/// Checks TOML text before it reaches toml++ (through TOMLKit), which aborts on some malformed table
/// headers (`[[=`, `[ {`: an assertion in its key parser, undefined behaviour in release builds) and
/// overflows the stack on keys dotted thousands deep. Settings files (themes, config.toml, import
/// mappings) are small and hand-written, so the limits here never touch a real one.
public enum TOMLPreflight {
    /// Far above any settings file; keeps a pasted log or a binary from going to the parser.
    public static let maximumSize = 1 << 20
    /// Dots on one line (outside strings and comments): real keys nest a few levels.
    public static let maximumDotsPerLine = 64

    /// Why `text` must not be parsed, or nil when it may be.
    public static func problem(in text: String) -> String? {
        let bytes = Array(text.utf8)
        if bytes.count > maximumSize {
            return "is \((bytes.count + 1023) / 1024) kB, more than the \(maximumSize >> 10) kB a settings file can be"
        }
        var scanner = Scanner(bytes: bytes)
        // toml++ skips a byte-order mark, so a header right after one is still at the start of a line.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        return scanner.run()
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        /// Open `[` and `{` of values: a line starting inside one is not a table header.
        var open: [UInt8] = []
        /// Just after a list's `[` or `,`, where toml++ aborts on a `}` instead of reporting it.
        var expectingListValue = false
        var atLineStart = true
        var dotsOnLine = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func at(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }

        mutating func run() -> String? {
            while let byte = at(0) {
                switch byte {
                case UInt8(ascii: "\n"):
                    line += 1
                    dotsOnLine = 0
                    atLineStart = true
                    index += 1
                    continue
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    index += 1
                    continue
                case UInt8(ascii: "#"):
                    while let next = at(0), next != UInt8(ascii: "\n") { index += 1 }
                    continue
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    skipString(quote: byte)
                case UInt8(ascii: "[") where open.isEmpty && atLineStart:
                    if let problem = checkHeader() { return problem }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    open.append(byte)
                    index += 1
                    atLineStart = false
                    expectingListValue = byte == UInt8(ascii: "[")
                    continue
                case UInt8(ascii: "}") where expectingListValue:
                    return "line \(line) has '}' where a list needs a value or ']'"
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    _ = open.popLast()
                    index += 1
                case UInt8(ascii: ","):
                    index += 1
                    atLineStart = false
                    expectingListValue = open.last == UInt8(ascii: "[")
                    continue
                case UInt8(ascii: "."):
                    dotsOnLine += 1
                    if dotsOnLine > maximumDotsPerLine {
                        return "line \(line) has more than \(maximumDotsPerLine) dots: a key may be dotted at most \(maximumDotsPerLine) levels deep"
                    }
                    index += 1
                default:
                    index += 1
                }
                atLineStart = false
                expectingListValue = false
            }
            return nil
        }

        /// `[name]` or `[[name]]`: after the brackets (and any spaces) comes a name, a quote or `]`.
        mutating func checkHeader() -> String? {
            index += at(1) == UInt8(ascii: "[") ? 2 : 1
            // Only spaces and tabs: toml++ aborts on a line break here too.
            while let byte = at(0), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
            guard let next = at(0) else { return nil }  // the parser reports the cut-off header itself
            let isBareKey = (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next) || (0x30...0x39).contains(next)
                || next == UInt8(ascii: "_") || next == UInt8(ascii: "-")
            guard isBareKey || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") || next == UInt8(ascii: "]") else {
                return "line \(line) starts a table header without a name: write [name] or [[name]]"
            }
            return nil
        }

        /// Past one basic or literal string, single- or multi-line; escapes only in basic strings.
        mutating func skipString(quote: UInt8) {
            let isMultiLine = at(1) == quote && at(2) == quote
            index += isMultiLine ? 3 : 1
            while let byte = at(0) {
                if byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") { index += 2; continue }
                if byte == UInt8(ascii: "\n") {
                    if !isMultiLine { return }  // an unterminated string: the parser says so
                    line += 1
                }
                if byte == quote && (!isMultiLine || (at(1) == quote && at(2) == quote)) {
                    index += isMultiLine ? 3 : 1
                    return
                }
                index += 1
            }
        }
    }
}
