import DebriefCore
import Foundation
import Testing

@Suite("Session: starting a review")
struct SessionStartTests {
    @Test("a won deal gets the win set, every answer carries its wording, hint and prep flag")
    func winReview() throws {
        let review = SessionFixtures.review(outcome: .won)
        #expect(review.id == "acme-pos-r1")
        #expect(review.kind == .win)
        #expect(review.status == .scheduled)
        #expect(review.questionSetId == BuiltInQuestions.winSetID)
        #expect(review.rep == "Priya Raman")
        #expect(review.manager == "Dana Whit")
        #expect(review.plannedMinutes == 30)
        #expect(review.answers.map(\.questionId) == BuiltInQuestions.win.questions.map(\.id))
        let first = try #require(review.answers.first)
        #expect(first.wording == "Walk me through the deal from first contact to the decision. What were the turning points?")
        #expect(first.hint == "Listen for dates and names, not adjectives. Where the story goes vague, ask what happened that week.")
        #expect(first.askedInPrep)
        #expect(review.answers.filter(\.askedInPrep).count == BuiltInQuestions.win.prepQuestions.count)
    }

    @Test("lost and no-decision deals get their own loss sets")
    func lossVariants() {
        let lost = SessionFixtures.review(outcome: .lost)
        #expect(lost.kind == .loss)
        #expect(lost.questionSetId == BuiltInQuestions.lossSetID)
        #expect(lost.answers.contains { $0.questionId == "story-why-them" })
        let none = SessionFixtures.review(outcome: .noDecision)
        #expect(none.kind == .noDecision)
        #expect(none.questionSetId == BuiltInQuestions.noDecisionSetID)
        #expect(none.answers.contains { $0.questionId == "story-status-quo" })
        #expect(!none.answers.contains { $0.questionId == "story-why-them" })
    }

    @Test("ids count up past existing reviews; a long deal id is cut to stay a valid id")
    func ids() throws {
        var done = SessionFixtures.review()
        done.finish(at: SessionFixtures.t0)
        #expect(try ReviewStarter.nextID(for: "acme-pos", existing: [done]) == "acme-pos-r2")
        let long = String(repeating: "d", count: 128)
        let id = try ReviewStarter.nextID(for: long, existing: [])
        #expect(id == String(repeating: "d", count: 125) + "-r1")
        #expect(RecordID.isValid(id))
        #expect(throws: ReviewStarter.Failure.self) { try ReviewStarter.nextID(for: "bad/id", existing: []) }
    }

    @Test("an open review is resumed, a completed one is not")
    func resume() throws {
        let open = SessionFixtures.review()
        let resumed = try ReviewStarter.startOrResume(deal: SessionFixtures.deal(), reviews: [open], questions: QuestionBank(), manager: "Dana Whit", now: SessionFixtures.t0)
        #expect(resumed.isNew == false)
        #expect(resumed.review.id == "acme-pos-r1")
        var done = open
        done.finish(at: SessionFixtures.t0)
        let fresh = try ReviewStarter.startOrResume(deal: SessionFixtures.deal(), reviews: [done], questions: QuestionBank(), manager: "Dana Whit", now: SessionFixtures.t0)
        #expect(fresh.isNew)
        #expect(fresh.review.id == "acme-pos-r2")
    }
}

@Suite("Session: edits and lifecycle")
struct SessionEditTests {
    let t0 = SessionFixtures.t0

    @Test("the first manager note starts the session; prep answers do not")
    func firstNoteStarts() throws {
        var review = SessionFixtures.review()
        try review.apply(.setText(.prepAnswer(questionID: "story-timeline"), "Kick-off in May"), at: t0)
        #expect(review.status == .scheduled)
        try review.markPrepReady()
        #expect(review.status == .prepReady)
        try review.apply(.setText(.notes(questionID: "story-timeline"), "   "), at: t0)
        #expect(review.status == .prepReady)
        try review.apply(.setText(.notes(questionID: "story-timeline"), "CFO came in late"), at: t0.addingTimeInterval(5))
        #expect(review.status == .inProgress)
        #expect(review.startedAt == t0.addingTimeInterval(5))
        #expect(review.answers[0].notes == "CFO came in late")
        #expect(review.answers[0].prepAnswer == "Kick-off in May")
        #expect(review.answers[0].progress == .answered)
        #expect(throws: ReviewLifecycleError.alreadyStarted) { try review.markPrepReady() }
    }

    @Test("time spent against the plan, and finishing")
    func clock() throws {
        var review = SessionFixtures.review()
        #expect(SessionClock.spentAgainstPlan(0, plannedMinutes: review.plannedMinutes) == "00:00 / 30:00")
        #expect(SessionClock.spent(review) == "—")
        try review.start(at: t0)
        #expect(SessionClock.spentAgainstPlan(724, plannedMinutes: 30) == "12:04 / 30:00")
        review.finish(at: t0.addingTimeInterval(3725))
        #expect(review.status == .completed)
        #expect(review.completedAt == t0.addingTimeInterval(3725))
        review.spentSeconds = 3725
        #expect(SessionClock.spent(review) == "1:02:05")
        #expect(throws: ReviewLifecycleError.alreadyCompleted) { try review.start(at: t0) }
    }

    @Test("insight, skip, and every item kind added, edited and removed")
    func items() throws {
        var review = SessionFixtures.review()
        try review.apply(.setInsight(questionID: "fact-what-you-did", true), at: t0)
        try review.apply(.setSkipped(questionID: "tune-faster", true), at: t0)
        #expect(review.answers.first { $0.questionId == "tune-faster" }?.progress == .skipped)
        #expect(review.insightCount == 1)
        #expect(throws: ReviewEditError.noSuchQuestion("nope")) { try review.apply(.setSkipped(questionID: "nope", true), at: t0) }

        var ids = ReviewItemIDSource(tag: "m1")
        let factorID = ids.next("factor", in: review)
        #expect(factorID == "factor-m1-1")
        try review.apply(.addFactor(SessionFixtures.factor(factorID, "Brought the CFO to a reference call")), at: t0)
        #expect(throws: ReviewEditError.duplicateItemID(factorID)) {
            try review.apply(.addFactor(SessionFixtures.factor(factorID, "again")), at: t0)
        }
        try review.apply(.updateFactor(SessionFixtures.factor(factorID, "CFO reference call", evidence: .crmRecord)), at: t0)
        #expect(review.factors == [SessionFixtures.factor(factorID, "CFO reference call", evidence: .crmRecord)])
        #expect(throws: ReviewEditError.emptyText("a factor's text")) {
            try review.apply(.updateFactor(SessionFixtures.factor(factorID, "  ")), at: t0)
        }
        try review.apply(.addPractice(BestPractice(id: "p1", title: "Mutual plan by week 2")), at: t0)
        try review.apply(.addFineTuning(FineTuningPoint(id: "t1", text: "Involve legal earlier")), at: t0)
        try review.apply(.addSignal(QualificationSignal(id: "s1", sign: .good, text: "Budget owner in first call", present: true)), at: t0)
        try review.apply(.addActionItem(ActionItem(id: "a1", text: "Write up the reference play", owner: "Priya", due: Day(iso: "2026-12-01"))), at: t0)
        try review.apply(.setActionItemDone(id: "a1", true), at: t0)
        #expect(review.actionItems[0].done)
        try review.apply(.removeItem(id: "p1"), at: t0)
        #expect(review.practices.isEmpty)
        #expect(throws: ReviewEditError.noSuchItem("p1")) { try review.apply(.removeItem(id: "p1"), at: t0) }
        #expect(review.itemIDs == [factorID, "t1", "s1", "a1"])
    }

    @Test("typed items are trimmed and checked: empty text, missing owner, bad due dates")
    func validation() throws {
        let item = try ReviewItemInput.actionItem(id: "a1", text: "  Send the deck ", owner: " Priya ", due: "2026-12-01")
        #expect(item == ActionItem(id: "a1", text: "Send the deck", owner: "Priya", due: Day(iso: "2026-12-01")))
        #expect(try ReviewItemInput.actionItem(id: "a2", text: "x", owner: "y", due: " ").due == nil)
        do {
            _ = try ReviewItemInput.actionItem(id: "a3", text: " ", owner: "", due: "2026-02-30")
            Issue.record("expected problems")
        } catch {
            #expect(error.problems.map(\.field) == ["text", "owner", "due"])
            #expect(error.message(for: "due") == "use a date such as 2026-12-01, or leave it empty")
        }
        #expect(throws: ItemInputProblems([FieldProblem(field: "title", message: "must not be empty: name the practice")])) {
            try ReviewItemInput.practice(id: "p", title: "\n", detail: "x")
        }
        #expect(try ReviewItemInput.signal(id: "s", sign: .bad, present: false, text: " 東京 👍🏽 ").text == "東京 👍🏽")
    }

    @Test("the summary groups factors by cause with counts per evidence, and lists insight questions")
    func summary() throws {
        var review = SessionFixtures.review()
        review.factors = [
            SessionFixtures.factor("f1", "reference call"),
            SessionFixtures.factor("f2", "demo on their data", evidence: .repBelief),
            SessionFixtures.factor("f3", "budget cycle", cause: .timing, evidence: .crmRecord),
            Factor(id: "f4", effect: .failure, cause: .price, evidence: .buyerSaid, text: "late discount"),
        ]
        try review.apply(.setInsight(questionID: "questioning-best", true), at: SessionFixtures.t0)
        try review.apply(.setText(.notes(questionID: "story-timeline"), "notes"), at: SessionFixtures.t0)
        try review.apply(.setSkipped(questionID: "tune-faster", true), at: SessionFixtures.t0)
        let summary = ReviewSummary(review)
        #expect(summary.causes.map(\.cause) == [.repAction, .price, .timing])
        #expect(summary.causes[0].countsByEvidence == [1, 0, 1])
        #expect(summary.causes[2].countsByEvidence == [0, 1, 0])
        #expect(summary.successFromRepAction == 2)
        #expect(summary.factorsBackedByFact == 3)
        #expect(summary.insightQuestions.map(\.questionId) == ["questioning-best"])
        #expect(summary.answered == 1)
        #expect(summary.skipped == 1)
        #expect(summary.unanswered == review.answers.count - 2)
    }

    @Test("text fields round-trip through their journal keys")
    func fieldKeys() {
        for field in [ReviewTextField.notes(questionID: "a/b"), .prepAnswer(questionID: "x"), .summary] {
            #expect(ReviewTextField(key: field.key) == field)
        }
        #expect(ReviewTextField(key: "notes/") == nil)
        #expect(ReviewTextField(key: "other") == nil)
    }
}
