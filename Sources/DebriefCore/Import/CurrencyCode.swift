/// Currency codes and the symbols that stand for them in amount cells.
public enum CurrencyCode {
    /// Symbols that name one currency. "kr", "¥" alone and "$" alone are ambiguous in the world,
    /// but "$" means USD in every CRM export we have seen, and "¥" (or the full-width "￥", or "円" after the number) is read as JPY.
    static let symbols: [(symbol: String, code: String)] = [
        ("US$", "USD"), ("A$", "AUD"), ("AU$", "AUD"), ("C$", "CAD"), ("CA$", "CAD"), ("NZ$", "NZD"),
        ("HK$", "HKD"), ("S$", "SGD"), ("R$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("￥", "JPY"), ("円", "JPY"),
        ("₹", "INR"), ("₩", "KRW"), ("₪", "ILS"), ("₺", "TRY"), ("zł", "PLN"), ("Fr.", "CHF"),
    ]

    /// An upper-case ISO 4217 code from a currency cell ("usd", "EUR", "€"), or nil.
    public static func normalized(_ raw: String) -> String? {
        let text = raw.importTrimmed
        if text.count == 3, text.allSatisfy({ $0.isASCII && $0.isLetter }) { return text.uppercased() }
        return symbols.first { $0.symbol == text }?.code
    }
}
