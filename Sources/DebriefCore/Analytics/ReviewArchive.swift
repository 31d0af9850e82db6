import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every review with its deal, newest first, and a folded copy of each review's text for
/// full-text search. Built once per load; filtering and searching then only scan bytes.
public struct ReviewArchive: Sendable {
    public struct Row: Sendable, Equatable {
        public var review: Review
        public var deal: Deal?
        /// The day the review happened: completed, else started, else created.
        public var day: Day
    }

    public private(set) var rows: [Row]
    /// Folded text of each row, as bytes, for `memmem`.
    private let documents: [[UInt8]]

    public init(reviews: [Review], deals: [Deal]) {
        var byID: [String: Deal] = [:]
        for deal in deals { byID[deal.id] = deal }
        let rows = reviews.map { review in
            Row(review: review, deal: byID[review.dealId], day: Day(review.completedAt ?? review.startedAt ?? review.createdAt))
        }.sorted { ($0.day, $0.review.createdAt, $0.review.id) > ($1.day, $1.review.createdAt, $1.review.id) }
        self.rows = rows
        documents = ParallelMap.map(rows) { row in
            FoldedText.bytes(ReviewSearchText.fields(of: row.review, deal: row.deal).map(\.text).joined(separator: "\u{1F}"))
        }
    }

    /// Indices of the rows the filter keeps, newest first.
    public func matching(_ filter: ReviewFilter, today: Day) -> [Int] {
        let firstDay = filter.period.firstDay(today: today)
        let rep = filter.rep.map(SearchFolding.fold)
        let terms = filter.searchTerms.map { Array($0.utf8) }
        var folder = FoldCache()
        return rows.indices.filter { index in
            let row = rows[index]
            let review = row.review
            if let firstDay, row.day < firstDay { return false }
            if filter.period != .all, row.day > today { return false }
            if let outcome = filter.outcome, row.deal?.outcome != outcome { return false }
            if let status = filter.status, review.status != status { return false }
            if let rep, folder.fold(review.rep) != rep { return false }
            if let theme = filter.theme, !review.answers.contains(where: { $0.theme == theme && !($0.notes.isEmpty && $0.prepAnswer.isEmpty) }) {
                return false
            }
            if let cause = filter.cause, !review.factors.contains(where: { $0.cause == cause }) { return false }
            return terms.allSatisfy { Self.contains(documents[index], $0) }
        }
    }

    /// Distinct reps, by name, for the rep filter.
    public var reps: [String] {
        var byKey: [String: String] = [:]
        var folder = FoldCache()
        for row in rows {
            let key = folder.fold(row.review.rep)
            if byKey[key].map({ row.review.rep < $0 }) ?? true { byKey[key] = row.review.rep }
        }
        return byKey.values.sorted()
    }

    /// Letters from most to least common in English text: searching for a word's rarest letter
    /// first gives `memchr` fewer false starts.
    private static let letterRank: [UInt8: Int] = {
        var rank: [UInt8: Int] = [:]
        for (position, letter) in "etaoinshrdlcumwfgypbvkjxqz".utf8.enumerated() { rank[letter] = position }
        return rank
    }()

    /// Byte substring search: `memchr` (vectorised in libc) finds candidates for the needle's
    /// rarest byte, `memcmp` checks the whole needle around each.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        var anchor = 0
        for (position, byte) in needle.enumerated() where (letterRank[byte] ?? 30) > (letterRank[needle[anchor]] ?? 30) {
            anchor = position
        }
        let anchorByte = Int32(needle[anchor])
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                guard let base = h.baseAddress, let pattern = n.baseAddress else { return false }
                // The anchor can sit between `anchor` and `count - needle.count + anchor`.
                var offset = anchor
                let last = h.count - n.count + anchor
                while offset <= last {
                    guard let hit = memchr(base + offset, anchorByte, last - offset + 1) else { return false }
                    let position = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + position - anchor, pattern, n.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }
}
