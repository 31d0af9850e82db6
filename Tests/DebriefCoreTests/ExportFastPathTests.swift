import Foundation
import Testing
@testable import DebriefCore

/// The CSV export writes amounts, dates and cells through fast paths (#18); each is held here to
/// the Foundation or Character-by-Character form it replaces, over generated and awkward values.
@Suite struct ExportFastPathTests {
    @Test func amountsAreWrittenAsNSDecimalStringWritesThem() {
        var random = SeededRandom(seed: 18)
        var values: [Decimal] = [1, 0.5, 0.005, 48000, 48000.5, -12.25, 1e20, 123456789012345678, 0.1, 10, 100, 1e-30]
        values += ["48000.50", "0.000", "-0", "18446744073709551615", "18446744073709551616", "99999999999999999999.99", "1e40", "-1e-40"]
            .compactMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
        for _ in 0..<3_000 {
            let significand = Decimal(random.next() >> UInt64(random.int(0...63)))
            let value = Decimal(sign: random.chance(0.2) ? .minus : .plus, exponent: random.int(-24...24), significand: significand)
            values.append(value)
            values.append(value * 10)  // a trailing zero kept in the significand
        }
        for value in values {
            var copy = value
            let foundation = NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
            #expect(Money(value, "USD").plain == foundation, "\(foundation)")
        }
    }

    @Test func daysAreWrittenAsPrintfWritesThem() {
        for serial in stride(from: -800_000, through: 3_000_000, by: 997) + [0, -1, 2_932_896, 2_932_897] {
            let day = Day(serial: serial)
            #expect(day.description == String(format: "%04d-%02d-%02d", day.year, day.month, day.day))
        }
    }

    @Test func asciiCellsAreQuotedAsTheCharacterWalkQuotesThem() {
        var random = SeededRandom(seed: 4180)
        let pieces = ["a", "Acme", " ", "  ", ",", "\"", "\r", "\n", "\r\n", "\t", "\u{0B}", "\u{0C}", "=", "+", "-", "@", "\0", "'", ";", "\\", "1,5", "=SUM(A1)"]
        var cells = pieces + ["", " lead", "trail ", "=1+1", "-5", "@x ", "\"quoted\"", "a\"b", "\r\nx", "\t ", "x\u{7F}"]
        for _ in 0..<5_000 {
            cells.append((0..<random.int(1...5)).map { _ in random.pick(pieces) }.joined())
        }
        for cell in cells {
            #expect(SpreadsheetCSV.asciiCell(cell) == SpreadsheetCSV.characterCell(cell), "\(cell.debugDescription)")
        }
        #expect(SpreadsheetCSV.asciiCell("é") == nil, "anything outside ASCII goes the Character way")
    }

    @Test func listCellsEscapeAsTheCharacterWalkEscapes() {
        #expect(ListCell.join(["Price; then timing", "a\\b", "plain"]) == "Price\\; then timing; a\\\\b; plain")
        #expect(ListCell.join(["Prix; délai", "ok"]) == "Prix\\; délai; ok")
        #expect(ListCell.split(ListCell.join(["x;y", "\\", " lead"])) == ["x;y", "\\", " lead"])
    }
}
