import Foundation

extension RecordCoding {
    /// A deal's file, byte for byte what `JSONEncoder` with the record settings writes for it
    /// (keys in sorted order, absent optionals left out), at a fraction of the cost: an import
    /// encodes every deal it writes. `RecordCodingDealTests` holds the two to the same bytes, so a
    /// field added to `Deal` must be added here too, or those tests fail.
    static func encodeDeal(_ deal: Deal) -> Data {
        var out = RecordCodingWriter(capacity: 640 + deal.notes.utf8.count)
        out.beginObject()
        out.key("account"); out.string(deal.account)
        if let amount = deal.amount {
            out.key("amount")
            out.beginObject()
            out.key("amount"); out.string(plainAmount(amount.amount))
            out.key("currency"); out.string(amount.currency)
            out.endObject()
        }
        out.key("closeDate"); out.day(deal.closeDate)
        out.key("competitors")
        out.beginArray()
        for competitor in deal.competitors {
            out.element(); out.string(competitor)
        }
        out.endArray()
        if let createdDate = deal.createdDate { out.key("createdDate"); out.day(createdDate) }
        if let crmId = deal.crmId { out.key("crmId"); out.string(crmId) }
        if let dealType = deal.dealType { out.key("dealType"); out.string(dealType) }
        out.key("id"); out.string(deal.id)
        if let leadSource = deal.leadSource { out.key("leadSource"); out.string(leadSource) }
        out.key("name"); out.string(deal.name)
        out.key("notes"); out.string(deal.notes)
        out.key("outcome"); out.string(deal.outcome.rawValue)
        out.key("owner"); out.string(deal.owner)
        out.key("reasons")
        out.beginArray()
        for reason in deal.reasons {
            out.element()
            out.beginObject()
            out.key("category"); out.string(reason.category.rawValue)
            out.key("text"); out.string(reason.text)
            out.endObject()
        }
        out.endArray()
        out.key("revision"); out.integer(deal.revision)
        out.key("schemaVersion"); out.integer(deal.schemaVersion)
        if let segment = deal.segment { out.key("segment"); out.string(segment) }
        if let source = deal.source { out.key("source"); out.string(source) }
        if let stageReached = deal.stageReached { out.key("stageReached"); out.string(stageReached) }
        if let updatedAt = deal.updatedAt { out.key("updatedAt"); out.timestamp(updatedAt) }
        out.endObject()
        return out.finish()
    }

    /// `Money.plain` with the locale made once rather than per amount.
    private static func plainAmount(_ amount: Decimal) -> String {
        var value = amount
        return NSDecimalString(&value, posixLocale)
    }

    private static let posixLocale = Locale(identifier: "en_US_POSIX")
}
