import Foundation

/// Finds where a JSON document first goes wrong, as line and column, because Foundation's decoder on
/// Linux only says "not valid JSON" (and takes some damage without a word). Strict RFC 8259: it runs
/// before Foundation on every file the fast record decoder did not read.
enum JSONSyntaxCheck {
    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static func firstError(in data: Data) -> Failure? {
        var scanner = Scanner(bytes: [UInt8](data))
        var syntax: Failure?
        do {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.index < scanner.bytes.count { throw scanner.fail("unexpected text after the end of the JSON value") }
        } catch let failure as Failure {
            syntax = failure
        } catch {}
        // Foundation refuses bytes that are not UTF-8 with no place at all: name the first, unless
        // the syntax goes wrong before it.
        if let offset = Self.firstInvalidUTF8(scanner.bytes), syntax == nil || offset < scanner.index {
            scanner.index = offset
            var failure = scanner.fail("")
            failure.message = String(format: "byte 0x%02X is not UTF-8 text (saved in another encoding, or damaged); save the file as UTF-8", scanner.bytes[offset])
            return failure
        }
        return syntax
    }

    /// Where the first byte that does not begin a valid UTF-8 sequence is, if any (overlong forms
    /// and surrogates included, as Foundation refuses them too).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let (length, smallest): (Int, UInt32) = lead & 0xE0 == 0xC0 ? (2, 0x80)
                : lead & 0xF0 == 0xE0 ? (3, 0x800) : lead & 0xF8 == 0xF0 ? (4, 0x10000) : (0, 0)
            guard length > 0, i + length <= bytes.count else { return i }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for k in 1..<length {
                let next = bytes[i + k]
                guard next & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            guard scalar >= smallest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return i }
            i += length
        }
        return nil
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func fail(_ message: String) -> Failure {
            var line = 1
            var column = 1
            var i = 0
            while i < min(index, bytes.count) {
                if bytes[i] == 0x0A { line += 1; column = 1 }
                // Count characters, not bytes: skip UTF-8 continuation bytes.
                else if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            let reason = index >= bytes.count ? "the file ends in the middle of the JSON (truncated?)" : message
            return Failure(line: line, column: column, message: reason)
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        mutating func expect(_ byte: UInt8, _ what: String) throws {
            skipSpace()
            guard current == byte else { throw fail("expected \(what)") }
            index += 1
        }

        mutating func value(depth: Int) throws {
            guard depth < 512 else { throw fail("nested too deeply") }
            skipSpace()
            switch current {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case let byte? where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte): try number()
            default: throw fail(Self.expectedValue)
            }
        }

        mutating func object(depth: Int) throws {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "}") { index += 1; return }
            while true {
                skipSpace()
                guard current == UInt8(ascii: "\"") else { throw fail("expected a field name in double quotes") }
                try string()
                try expect(UInt8(ascii: ":"), "':' after the field name")
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "}"), "',' or '}'")
                return
            }
        }

        mutating func array(depth: Int) throws {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "]") { index += 1; return }
            while true {
                try value(depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: ",") { index += 1; continue }
                try expect(UInt8(ascii: "]"), "',' or ']'")
                return
            }
        }

        mutating func string() throws {
            index += 1
            while let byte = current {
                if byte == UInt8(ascii: "\"") { index += 1; return }
                if byte < 0x20 { throw fail("a control character inside text must be escaped") }
                if byte == UInt8(ascii: "\\") { try escape() } else { index += 1 }
            }
            throw fail("unterminated text")
        }

        /// One escape, from its backslash: JSON knows eight letters and `\u` with four hex digits.
        mutating func escape() throws {
            index += 1
            guard let letter = current else { return }
            index += 1
            if letter == UInt8(ascii: "u") {
                for _ in 0..<4 {
                    guard let digit = current, (0x30...0x39).contains(digit) || (0x61...0x66).contains(digit | 0x20) else { throw fail("\\u must be followed by four hex digits") }
                    index += 1
                }
            } else if !Array("\"\\/bfnrt".utf8).contains(letter) {
                index -= 2
                throw fail("unknown escape: a backslash inside text must be written \\\\")
            }
        }

        static let expectedValue = "expected a value (object, list, text, number, true, false or null)"

        mutating func literal(_ word: String) throws {
            let start = index
            for (offset, byte) in word.utf8.enumerated() {
                guard current == byte else {
                    // "not json" is text, not a misspelt null: only a word spelt mostly right is named.
                    if offset < 2 && current != nil { index = start; throw fail(Self.expectedValue) }
                    throw fail("expected \(word)")
                }
                index += 1
            }
        }

        /// A number; one Swift cannot hold (an integer past 64 bits, or past Double's range) is named,
        /// since Foundation refuses it with no place.
        mutating func number() throws {
            let start = index
            while let byte = current, (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                index += 1
            }
            guard Self.isJSONNumber(bytes[start..<index]) else {
                index = start
                throw fail("a number must be written like 12, -3.5 or 1e6 (no leading zeros, + sign or trailing dot)")
            }
            let token = String(decoding: bytes[start..<index], as: UTF8.self)
            let isInteger = !token.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
            let fits = isInteger ? Int64(token) != nil : Double(token).map { $0.isFinite } ?? true
            if !fits {
                let end = index
                index = start
                let shown = end - start > 24 ? String(token.prefix(20)) + "…" : token
                throw fail("the number \(shown) is too large to read (\(end - start) characters)")
            }
        }

        /// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
        static func isJSONNumber(_ token: ArraySlice<UInt8>) -> Bool {
            var rest = token[...]
            func digits() -> Int {
                let count = rest.prefix { (0x30...0x39).contains($0) }.count
                rest = rest.dropFirst(count)
                return count
            }
            if rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
            if rest.first == UInt8(ascii: "0") { rest = rest.dropFirst() } else if digits() == 0 { return false }
            if rest.first == UInt8(ascii: ".") { rest = rest.dropFirst(); if digits() == 0 { return false } }
            if rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") {
                rest = rest.dropFirst()
                if rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
                if digits() == 0 { return false }
            }
            return rest.isEmpty
        }
    }
}
