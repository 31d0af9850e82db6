import Foundation

/// A decimal number as sign, significand and power of ten, the significand without trailing zeros
/// (as `Decimal(string:)` keeps it): "-48000.50" is −480005 × 10⁻¹ and "48000" is 48 × 10³.
/// Making a Decimal from these three numbers is far cheaper than parsing the text.
struct DecimalParts: Equatable {
    var isNegative: Bool
    var significand: UInt64
    var exponent: Int

    init(isNegative: Bool, significand: UInt64, exponent: Int) {
        self.isNegative = isNegative
        self.significand = significand
        self.exponent = exponent
    }

    /// The parts of plain decimal text (`-12.25`, `48000`), or nil when it is anything else or its
    /// digits do not fit 64 bits.
    init?(plain text: String) {
        var utf8 = Substring(text).utf8[...]
        let negative = utf8.first == UInt8(ascii: "-")
        if negative { utf8 = utf8.dropFirst() }
        var significand: UInt64 = 0
        var exponent = 0
        var digits = 0, seenPoint = false
        for byte in utf8 {
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (times10, overflow) = significand.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times10.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflow, !carry else { return nil }
            significand = sum
            digits += 1
            if seenPoint { exponent -= 1 }
        }
        guard digits > 0 else { return nil }
        while significand != 0 && significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        if significand == 0 { exponent = 0 }
        self.init(isNegative: negative && significand != 0, significand: significand, exponent: exponent)
    }

    /// The Decimal, or nil for parts no Decimal made from text has (a zero's sign or exponent, a
    /// trailing zero, an exponent beyond Decimal's range).
    var decimal: Decimal? {
        if significand == 0 { return isNegative || exponent != 0 ? nil : Decimal(0) }
        guard significand % 10 != 0, (-128...127).contains(exponent) else { return nil }
        return Decimal(sign: isNegative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }
}
