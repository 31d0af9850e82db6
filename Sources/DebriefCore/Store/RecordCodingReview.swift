import Foundation

extension RecordCoding {
    /// A review's file, byte for byte what `JSONEncoder` with the record settings writes for it
    /// (keys in sorted order, absent optionals left out), without JSONEncoder: `reviews --json` and
    /// the exports encode every review. `RecordCodingReviewTests` holds the two to the same bytes
    /// over generated reviews, so a field added to `Review` (or to what it holds) must be added
    /// here too, or those tests fail.
    static func encodeReview(_ review: Review) -> Data {
        var out = RecordCodingWriter(capacity: 2048 + review.summary.utf8.count)
        out.beginObject()
        out.key("actionItems")
        out.beginArray()
        for item in review.actionItems {
            out.element()
            out.beginObject()
            out.key("done"); out.boolean(item.done)
            if let doneOn = item.doneOn { out.key("doneOn"); out.day(doneOn) }
            if let due = item.due { out.key("due"); out.day(due) }
            out.key("id"); out.string(item.id)
            out.key("owner"); out.string(item.owner)
            out.key("text"); out.string(item.text)
            out.endObject()
        }
        out.endArray()
        out.key("answers")
        out.beginArray()
        for answer in review.answers {
            out.element()
            out.beginObject()
            out.key("askedInPrep"); out.boolean(answer.askedInPrep)
            if let hint = answer.hint { out.key("hint"); out.string(hint) }
            out.key("insight"); out.boolean(answer.insight)
            out.key("notes"); out.string(answer.notes)
            out.key("prepAnswer"); out.string(answer.prepAnswer)
            out.key("questionId"); out.string(answer.questionId)
            out.key("skipped"); out.boolean(answer.skipped)
            out.key("theme"); out.string(answer.theme.rawValue)
            out.key("wording"); out.string(answer.wording)
            out.endObject()
        }
        out.endArray()
        if let completedAt = review.completedAt { out.key("completedAt"); out.timestamp(completedAt) }
        out.key("createdAt"); out.timestamp(review.createdAt)
        out.key("dealId"); out.string(review.dealId)
        out.key("factors")
        out.beginArray()
        for factor in review.factors {
            out.element()
            out.beginObject()
            out.key("cause"); out.string(factor.cause.rawValue)
            out.key("effect"); out.string(factor.effect.rawValue)
            out.key("evidence"); out.string(factor.evidence.rawValue)
            out.key("id"); out.string(factor.id)
            out.key("text"); out.string(factor.text)
            out.endObject()
        }
        out.endArray()
        out.key("fineTuning")
        out.beginArray()
        for point in review.fineTuning {
            out.element()
            out.beginObject()
            out.key("id"); out.string(point.id)
            out.key("text"); out.string(point.text)
            out.endObject()
        }
        out.endArray()
        out.key("id"); out.string(review.id)
        out.key("kind"); out.string(review.kind.rawValue)
        out.key("manager"); out.string(review.manager)
        out.key("plannedMinutes"); out.integer(review.plannedMinutes)
        out.key("practices")
        out.beginArray()
        for practice in review.practices {
            out.element()
            out.beginObject()
            out.key("detail"); out.string(practice.detail)
            out.key("id"); out.string(practice.id)
            out.key("title"); out.string(practice.title)
            out.endObject()
        }
        out.endArray()
        out.key("questionSetId"); out.string(review.questionSetId)
        out.key("rep"); out.string(review.rep)
        out.key("revision"); out.integer(review.revision)
        if let scheduledFor = review.scheduledFor { out.key("scheduledFor"); out.day(scheduledFor) }
        out.key("schemaVersion"); out.integer(review.schemaVersion)
        out.key("signals")
        out.beginArray()
        for signal in review.signals {
            out.element()
            out.beginObject()
            out.key("id"); out.string(signal.id)
            out.key("present"); out.boolean(signal.present)
            out.key("sign"); out.string(signal.sign.rawValue)
            out.key("text"); out.string(signal.text)
            out.endObject()
        }
        out.endArray()
        if let spentSeconds = review.spentSeconds { out.key("spentSeconds"); out.integer(spentSeconds) }
        if let startedAt = review.startedAt { out.key("startedAt"); out.timestamp(startedAt) }
        out.key("status"); out.string(review.status.rawValue)
        out.key("summary"); out.string(review.summary)
        if let updatedAt = review.updatedAt { out.key("updatedAt"); out.timestamp(updatedAt) }
        out.endObject()
        return out.finish()
    }
}
