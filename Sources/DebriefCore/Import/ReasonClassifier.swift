/// Sorts a win or loss reason into a `ReasonCategory` by its words, keeping the words themselves.
///
/// A leading label wins ("Price: competitor 30% cheaper" is price, "Timing: project postponed" is
/// timing). Otherwise the first rule below whose keywords appear decides; the order puts the more
/// telling signal first (a "cheaper local provider" is about price before it is about a competitor).
public enum ReasonClassifier {
    static let rules: [(ReasonCategory, [String])] = [
        (.noDecision, ["no decision", "nodecision", "went dark", "gone dark", "went silent", "went quiet", "ghosted",
                       "unresponsive", "stopped responding", "no response", "status quo", "did nothing", "do nothing"]),
        (.budget, ["budget", "funding", "no money", "spend freeze", "spending freeze", "afford"]),
        (.price, ["price", "pricing", "cheaper", "expensive", "cost", "discount", "too high", "preis", "prix", "precio"]),
        (.competitor, ["competitor", "competition", "incumbent", "went with", "lost to", "chose", "signed with",
                       "selected", "rival", "wettbewerb", "concurren"]),
        (.champion, ["champion", "sponsor", "advocate", "coach"]),
        (.timing, ["timing", "timeline", "postponed", "delayed", "deferred", "on hold", "next year", "next quarter",
                   "too early", "too late", "shelved"]),
        (.features, ["feature", "functionality", "missing", "capabilit", "integration", "roadmap", "good enough"]),
        (.relationship, ["relationship", "reference", "trust", "rapport", "existing customer", "expanded", "expansion"]),
        (.process, ["security review", "procurement", "legal", "poc", "proof of concept", "pilot", "rfp", "process",
                    "compliance", "contract"]),
        (.support, ["support", "onboarding", "implementation", "service", "training"]),
        (.product, ["product", "quality", "performance", "usability", "reliab", "bug", "demo", "fit", "ux"]),
    ]

    /// Words that may lead a reason as a label, before a colon.
    static let labels: [String: ReasonCategory] = [
        "price": .price, "pricing": .price, "cost": .price, "budget": .budget, "timing": .timing, "time": .timing,
        "competitor": .competitor, "competition": .competitor, "champion": .champion, "features": .features,
        "feature": .features, "functionality": .features, "product": .product, "relationship": .relationship,
        "process": .process, "support": .support, "no decision": .noDecision, "other": .other,
    ]

    public static func category(of reason: String) -> ReasonCategory {
        tagged(reason)?.category ?? category(ofWords: reason)
    }

    /// Debrief's own export writes a reason as "[category] text", so a round trip keeps both exactly.
    static func tagged(_ reason: String) -> DealReason? {
        guard reason.hasPrefix("["), let close = reason.firstIndex(of: "]"),
              let category = ReasonCategory(rawValue: String(reason[reason.index(after: reason.startIndex)..<close])) else { return nil }
        return DealReason(category, reason[reason.index(after: close)...].importTrimmed)
    }

    static func category(ofWords reason: String) -> ReasonCategory {
        // Every keyword is ASCII, so only ASCII letters need lower-casing: `lowercased()` on long
        // text in other scripts (Russian reasons) cost more than the whole rest of an import.
        let bytes = TextScan.asciiLowercased(reason)
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon <= 40 {
            let label = String(decoding: bytes[..<colon], as: UTF8.self).importTrimmed
            if let category = labels[label] { return category }
        }
        // The first rule, in order, with a keyword anywhere in the text decides.
        let found = ruleKeywords.matchedGroups(in: bytes, wordStart: true)
        return found == 0 ? .other : rules[found.trailingZeroBitCount].0
    }

    /// The rules' keywords, made once: classifying runs for every reason of every row.
    private static let ruleKeywords = KeywordSet(groups: rules.map(\.1))

    /// One reason as Debrief's export wrote it ("[price] text"), or classified by its words.
    static func reason(_ text: String) -> DealReason {
        tagged(text) ?? DealReason(category(ofWords: text), text)
    }

    /// Splits a cell that lists several reasons ("Fast onboarding; reference call") into reasons.
    /// Only ';' separates: commas are common inside a single reason.
    public static func reasons(from cell: String) -> [DealReason] {
        // Split on the byte: splitting long text into Characters first was most of the cost of other scripts.
        cell.utf8.split(separator: UInt8(ascii: ";")).map { String(decoding: $0, as: UTF8.self).importTrimmed }
            .filter { !$0.isEmpty }
            .map { tagged($0) ?? DealReason(category(ofWords: $0), $0) }
    }

}
