import Foundation

/// Currency codes and the symbols that stand for them in amount cells.
public enum CurrencyCode {
    /// Symbols that name one currency. "kr", "¥" alone and "$" alone are ambiguous in the world,
    /// but "$" means USD in every CRM export we have seen, and "¥" (or the full-width "￥", or "円" after the number) is read as JPY.
    static let symbols: [(symbol: String, code: String)] = [
        ("US$", "USD"), ("A$", "AUD"), ("AU$", "AUD"), ("C$", "CAD"), ("CA$", "CAD"), ("NZ$", "NZD"),
        ("HK$", "HKD"), ("S$", "SGD"), ("R$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("￥", "JPY"), ("円", "JPY"),
        ("₹", "INR"), ("₩", "KRW"), ("₪", "ILS"), ("₺", "TRY"), ("zł", "PLN"), ("Fr.", "CHF"),
    ]

    /// An upper-case ISO 4217 code written as a code or a symbol ("usd", "EUR", "€"), or nil. A mapping
    /// file's `currency` must be one of these.
    public static func normalized(_ raw: String) -> String? {
        let text = raw.importTrimmed
        if text.count == 3, text.allSatisfy({ $0.isASCII && $0.isLetter }) { return text.uppercased() }
        return symbols.first { $0.symbol == text }?.code
    }

    /// The code of a CRM's currency cell, which may also name it ("US Dollars", "Euro"), or name it and give
    /// its symbol as SugarCRM and SuiteCRM do ("US Dollars : $"); nil when it is none of these.
    public static func ofCell(_ raw: String) -> String? {
        if let code = normalized(raw) { return code }
        let text = raw.importTrimmed
        if let code = names[ColumnName.key(text)] { return code }
        let parts = text.split(separator: ":")
        guard parts.count == 2 else { return nil }
        return parts.lazy.compactMap { normalized(String($0)) ?? names[ColumnName.key(String($0))] }.first
    }

    /// Currency names as CRMs write them in a currency column, in the languages import reads headers in,
    /// singular and with an English plural "s": "US Dollar(s)", "Euro(s)", "British Pound", "Schweizer Franken".
    /// Built once, from the system's locale data, the first time a cell is neither a code nor a symbol.
    private static let names: [String: String] = {
        var names: [String: String] = [:]
        for identifier in ["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL"] {
            let locale = Locale(identifier: identifier)
            for code in Locale.commonISOCurrencyCodes {
                guard let name = locale.localizedString(forCurrencyCode: code) else { continue }
                let key = ColumnName.key(name)
                guard !key.isEmpty else { continue }
                if names[key] == nil { names[key] = code }
                if names[key + "s"] == nil { names[key + "s"] = code }
            }
        }
        return names
    }()
}
