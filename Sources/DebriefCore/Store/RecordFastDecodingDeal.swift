import Foundation

/// A deal file read without `JSONDecoder`, giving the very Deal that decoder gives, or a miss.
/// A field added to `Deal` must be added here too: until it is, files that hold it are misses (an
/// unknown key) and files without it fail the round-trip tests in `RecordFastDecodingTests`.
enum RecordFastDecodingDeal {
    private static let keys = RecordFastKeys([
        "account", "amount", "closeDate", "competitors", "createdDate", "crmId", "dealType", "id",
        "leadSource", "name", "notes", "outcome", "owner", "reasons", "revision", "schemaVersion",
        "segment", "source", "stageReached", "updatedAt",
    ])
    private static let reasonKeys = RecordFastKeys(["category", "text"])

    static func decode(_ reader: inout RecordFastJSONReader) throws(RecordFastPathMiss) -> Deal {
        var account: String?, amount: Money?, closeDate: Day?, competitors: [String]?, createdDate: Day?
        var crmId: String?, dealType: String?, id: String?, leadSource: String?, name: String?, notes: String?
        var outcome: Outcome?, owner: String?, reasons: [DealReason]?, revision: Int?, schemaVersion: Int?
        var segment: String?, source: String?, stageReached: String?, updatedAt: Date?
        var members = try reader.beginObject()
        while let key = try reader.nextKey(&members, in: keys) {
            switch key {
            case 0: account = try reader.string()
            case 1: amount = try reader.optionalMoney()
            case 2: closeDate = try reader.day()
            case 3: competitors = try strings(&reader)
            case 4: createdDate = try reader.optionalDay()
            case 5: crmId = try reader.optionalString()
            case 6: dealType = try reader.optionalString()
            case 7: id = try reader.string()
            case 8: leadSource = try reader.optionalString()
            case 9: name = try reader.string()
            case 10: notes = try reader.string()
            case 11: outcome = try reader.enumCase(Outcome.self)
            case 12: owner = try reader.string()
            case 13: reasons = try dealReasons(&reader)
            case 14: revision = try reader.integer()
            case 15: schemaVersion = try reader.integer()
            case 16: segment = try reader.optionalString()
            case 17: source = try reader.optionalString()
            case 18: stageReached = try reader.optionalString()
            default: updatedAt = try reader.optionalTimestamp()
            }
        }
        guard let account, let closeDate, let competitors, let id, let name, let notes,
              let outcome, let owner, let reasons, let revision, let schemaVersion else { throw RecordFastPathMiss() }
        var deal = Deal(
            id: id, crmId: crmId, source: source, account: account, name: name, amount: amount, outcome: outcome,
            closeDate: closeDate, createdDate: createdDate, owner: owner, segment: segment, dealType: dealType,
            leadSource: leadSource, stageReached: stageReached, competitors: competitors, reasons: reasons,
            notes: notes, updatedAt: updatedAt, revision: revision)
        deal.schemaVersion = schemaVersion
        return deal
    }

    static func strings(_ reader: inout RecordFastJSONReader) throws(RecordFastPathMiss) -> [String] {
        var list: [String] = []
        var elements = try reader.beginArray()
        while try reader.nextElement(&elements) { list.append(try reader.string()) }
        return list
    }

    private static func dealReasons(_ reader: inout RecordFastJSONReader) throws(RecordFastPathMiss) -> [DealReason] {
        var list: [DealReason] = []
        var elements = try reader.beginArray()
        while try reader.nextElement(&elements) {
            var category: ReasonCategory?, text: String?
            var members = try reader.beginObject()
            while let key = try reader.nextKey(&members, in: reasonKeys) {
                if key == 0 { category = try reader.enumCase(ReasonCategory.self) } else { text = try reader.string() }
            }
            guard let category, let text else { throw RecordFastPathMiss() }
            list.append(DealReason(category, text))
        }
        return list
    }
}
