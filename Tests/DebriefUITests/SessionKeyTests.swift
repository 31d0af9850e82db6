import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

@Suite("Session view: keys and requests")
struct SessionKeyTests {
    let t0 = SessionUIFixtures.t0

    /// The fixture review on its first question (it opens at its first open one, the third).
    func fresh() -> SessionState {
        var state = opened()
        state.select(0)
        return state
    }

    func opened() -> SessionState {
        let review = SessionUIFixtures.review()
        var state = SessionState(review: review, deal: SessionUIFixtures.deal, saved: review, sessionTag: "m1", now: t0)
        state.resize(width: 80, height: 24)
        return state
    }

    @Test("an unfinished review opens at its first open question; arrows move between questions")
    func moves() {
        var state = opened()
        #expect(state.currentAnswer?.questionId == "story-criteria", "the first two have notes")
        #expect(state.editor.text.isEmpty)
        #expect(state.handle(.down, at: t0).isEmpty)
        #expect(state.currentAnswer?.questionId == "story-why-us")
        _ = state.handle(.end, at: t0)
        #expect(state.selected == state.review.answers.count - 1)
        _ = state.handle(.up, at: t0)
        #expect(state.selected == state.review.answers.count - 2)
        _ = state.handle(.home, at: t0)
        #expect(state.selected == 0)
        _ = state.handle(.up, at: t0)
        #expect(state.selected == 0)
    }

    @Test("a review resumed far down shows its question in the list; a completed one opens at question 1")
    func resumedFarDown() {
        var review = SessionUIFixtures.review()
        for index in 0..<14 { review.answers[index].notes = "noted" }
        var state = SessionState(review: review, deal: SessionUIFixtures.deal, saved: review, sessionTag: "m1", now: t0)
        state.resize(width: 80, height: 24)
        let screen = SessionUIFixtures.draw(state, width: 80, height: 24).plainText
        #expect(screen.contains("Question 15 of"), "\(screen)")
        #expect(screen.contains("›○"), "the selected row is in view: \(screen)")

        review.status = .completed
        let completed = SessionState(review: review, deal: SessionUIFixtures.deal, saved: review, sessionTag: "m1", now: t0)
        #expect(completed.selected == 0)
    }

    @Test("typing journals every change; Esc stops and saves; the first note starts a scheduled session")
    func typing() throws {
        var review = SessionUIFixtures.review()
        review.status = .prepReady
        review.startedAt = nil
        review.answers[2].notes = ""
        var state = SessionState(review: review, deal: nil, saved: review, sessionTag: "m1", now: t0)
        #expect(state.currentAnswer?.questionId == "story-criteria", "the first question without notes")
        #expect(state.handle(.enter, at: t0).isEmpty)
        #expect(state.isEditing)
        let requests = state.handle(.char("é"), at: t0.addingTimeInterval(2))
        let field = ReviewTextField.notes(questionID: "story-criteria")
        #expect(requests == [.journal(JournalEdit(reviewID: review.id, dealID: review.dealId, field: field, text: "é", baseRevision: 3, time: t0.addingTimeInterval(2)))])
        #expect(state.review.status == .inProgress)
        #expect(state.review.startedAt == t0.addingTimeInterval(2))
        _ = state.handle(.char("中"), at: t0.addingTimeInterval(2))
        #expect(state.handle(.char("j"), at: t0).count == 1)  // typed, not a move
        #expect(state.review.answers[2].notes == "é中j")
        let stop = state.handle(.escape, at: t0.addingTimeInterval(3))
        guard case .save(let saved, let base)? = stop.first else { Issue.record("expected a save, got \(stop)"); return }
        #expect(saved.answers[2].notes == "é中j")
        #expect(base == review)
        #expect(state.saveStatus == .saving)
        #expect(!state.isEditing)
    }

    @Test("a pause of a second saves; typing during a save is kept when the save returns")
    func autosaveAndRebase() throws {
        var state = fresh()
        _ = state.handle(.enter, at: t0)
        _ = state.handle(.char("!"), at: t0)
        #expect(state.tick(t0.addingTimeInterval(0.5)).isEmpty)
        let requests = state.tick(t0.addingTimeInterval(1))
        guard case .save(let sent, _)? = requests.first else { Issue.record("expected a save"); return }
        _ = state.handle(.char("?"), at: t0.addingTimeInterval(1.2))
        #expect(state.tick(t0.addingTimeInterval(2.5)).isEmpty)  // one save at a time
        var onDisk = sent
        onDisk.revision = 4
        onDisk.answers[0].prepAnswer = "rep added this meanwhile"
        state.saveFinished(ReviewSaver.Outcome(saved: onDisk, overlaps: [], mergedOtherSession: true))
        #expect(state.review.answers[0].notes.hasSuffix("☕ — Zoë saw queue times drop.!?"))
        #expect(state.review.answers[0].prepAnswer == "rep added this meanwhile")
        #expect(state.review.revision == 4)
        #expect(state.editor.text == state.review.answers[0].notes)
        #expect(state.saveStatus == .unsaved)
        let next = state.tick(t0.addingTimeInterval(3))
        guard case .save(_, let base)? = next.first else { Issue.record("expected the second save"); return }
        #expect(base?.revision == 4)
    }

    @Test("Alt-i flags an insight, Alt-s skips and moves on, both saved")
    func flags() {
        var state = fresh()
        let insight = state.handle(.alt("i"), at: t0)
        #expect(state.review.answers[0].insight)
        #expect(insight.count == 1)
        state.saveFinished(ReviewSaver.Outcome(saved: state.review, overlaps: [], mergedOtherSession: false))
        _ = state.handle(.alt("s"), at: t0)
        #expect(state.review.answers[0].skipped)
        #expect(state.selected == 1)
    }

    @Test("the factor form: empty text is refused under its field, a full one is added with a session id and saved")
    func factorForm() {
        var state = fresh()
        _ = state.handle(.alt("f"), at: t0)
        #expect(state.handle(.enter, at: t0).isEmpty)
        guard case .form(let form)? = state.overlay else { Issue.record("form closed"); return }
        #expect(form.form.fields.first { $0.key == "text" }?.error == "must not be empty: say what happened")
        for character in "CFO liked the demo" { _ = state.handle(.char(character), at: t0) }
        _ = state.handle(.tab, at: t0)
        _ = state.handle(.right, at: t0)  // effect: failure
        _ = state.handle(.tab, at: t0)
        _ = state.handle(.left, at: t0)   // cause: wraps to luck
        let requests = state.handle(.enter, at: t0)
        #expect(state.overlay == nil)
        #expect(state.review.factors.last == Factor(id: "factor-m1-1", effect: .failure, cause: .luck, evidence: .repBelief, text: "CFO liked the demo"))
        #expect(requests.count == 1)
    }

    @Test("an action item with a bad date shows the problem; Esc cancels without a change")
    func actionForm() {
        var state = fresh()
        _ = state.handle(.alt("a"), at: t0)
        for character in "Send deck" { _ = state.handle(.char(character), at: t0) }
        _ = state.handle(.tab, at: t0)
        _ = state.handle(.tab, at: t0)
        for character in "2026-13-01" { _ = state.handle(.char(character), at: t0) }
        _ = state.handle(.enter, at: t0)
        guard case .form(let form)? = state.overlay else { Issue.record("form closed"); return }
        #expect(form.form.fields.map(\.error) == [nil, nil, "use a date such as 2026-12-01, or leave it empty"])
        _ = state.handle(.escape, at: t0)
        #expect(state.overlay == nil)
        #expect(state.review == SessionUIFixtures.review())
    }

    @Test("Enter in the finish dialog keeps going while a question is open, and says so; with none open it finishes")
    func hurriedEnterNeverFinishesAHalfDoneReview() {
        var state = fresh()
        let open = state.review.answers.filter { $0.progress == .unanswered }.count
        #expect(open > 1)
        _ = state.handle(.alt("F"), at: t0)
        #expect(state.handle(.enter, at: t0).isEmpty, "nothing saved")
        #expect(state.overlay == nil)
        #expect(state.review.status == .inProgress)
        #expect(state.notice?.text == "Not finished: \(open) questions open · Alt-F y finishes anyway")

        for index in state.review.answers.indices where state.review.answers[index].progress == .unanswered {
            state.review.answers[index].skipped = true
        }
        _ = state.handle(.alt("F"), at: t0)
        let requests = state.handle(.enter, at: t0.addingTimeInterval(60))
        #expect(state.review.status == .completed)
        #expect(state.screen == .summary)
        #expect(requests.count == 1, "the completed review is saved")
    }

    @Test("Alt-F asks first; y completes the review, saves and shows the summary; e exports; q saves and goes back")
    func finish() {
        var state = fresh()
        #expect(state.handle(.alt("F"), at: t0).isEmpty)
        #expect(state.overlay == .confirmFinish)
        _ = state.handle(.char("n"), at: t0)
        #expect(state.review.status == .inProgress)
        _ = state.handle(.alt("F"), at: t0)
        let requests = state.handle(.char("y"), at: t0.addingTimeInterval(1500))
        #expect(state.review.status == .completed)
        #expect(state.review.completedAt == t0.addingTimeInterval(1500))
        #expect(state.screen == .summary)
        #expect(requests.count == 1)
        #expect(state.handle(.char("e"), at: t0).isEmpty, "e asks where first")
        let export = state.handle(.enter, at: t0)
        #expect(export.last == .exportMarkdown(reviewID: "cafe-zurich-pos-r1", path: "~/debrief-cafe-zurich-pos-r1.md"))
        let back = state.handle(.char("q"), at: t0)
        #expect(back.last == .back)
        #expect(back.count == 2)  // the save again, forced, then back
    }

    @Test("Ctrl-E hands the note to $EDITOR and takes back what it gives (the backend takes off the file's newline)")
    func externalEditor() {
        var state = fresh()
        #expect(state.handle(.ctrl("e"), at: t0) == [.openEditor(text: state.review.answers[0].notes)])
        let requests = state.editorFinished("Rewritten in vim — ça marche 🚀\n\nSecond paragraph")
        #expect(state.review.answers[0].notes == "Rewritten in vim — ça marche 🚀\n\nSecond paragraph")
        #expect(requests.count == 2)  // journal and save
        #expect(state.editorFinished(nil).isEmpty)
    }

    @Test("the key table has no key bound twice in one context")
    func keyTable() {
        for context in KeyContext.allCases {
            let keys = Keymap.standard.bindings(in: context).flatMap(\.keys)
            #expect(keys.count == Set(keys).count, "\(context)")
            let names = Keymap.standard.bindings(in: context).map(\.action)
            #expect(names.count == Set(names).count, "\(context)")
        }
    }
}

@Suite("Prep mode: keys and requests")
struct SessionPrepKeyTests {
    let t0 = SessionUIFixtures.t0

    @Test("lists the rep's deals awaiting review, newest first, names matched ignoring case")
    func list() {
        let state = SessionPrepFixtures.prep()
        #expect(state.items.map(\.deal.id) == ["cafe-zurich-pos", "nordwind-crm", "sakura-pos"])
        #expect(state.items.map { $0.draft?.review.status } == [.scheduled, nil, nil])
    }

    @Test("opening a deal without a review creates one with the loss questions, saved once something is typed")
    func openNew() {
        var state = SessionPrepFixtures.prep()
        _ = state.handle(.char("j"), at: t0)
        #expect(state.handle(.enter, at: t0).isEmpty, "opening alone writes nothing")
        #expect(state.saveStatus == .new)
        #expect(state.pane == .questions)
        #expect(state.currentAnswer?.questionId == "story-timeline")
        _ = state.handle(.enter, at: t0)
        _ = state.handle(.char("x"), at: t0)
        let requests = state.handle(.escape, at: t0)
        guard case .save(let review, let base)? = requests.first else { Issue.record("expected a save: \(requests)"); return }
        #expect(review.id == "nordwind-crm-r1")
        #expect(review.questionSetId == BuiltInQuestions.lossSetID)
        #expect(base == nil)
    }

    @Test("typing an answer journals it; R marks the review prep ready and saves")
    func answerAndReady() {
        var state = SessionPrepFixtures.prep()
        _ = state.handle(.enter, at: t0)
        _ = state.handle(.char("j"), at: t0)
        _ = state.handle(.enter, at: t0)
        #expect(state.isEditing)
        let requests = state.handle(.char("ß"), at: t0)
        #expect(requests == [.journal(JournalEdit(reviewID: "cafe-zurich-pos-r1", dealID: "cafe-zurich-pos", field: .prepAnswer(questionID: "story-decision-makers"),
                                                  text: "CFO 田中さん signed; Zoë championed it; IT had a veto on the integration.ß", baseRevision: 3, time: t0))])
        _ = state.handle(.escape, at: t0)
        state.saveFinished(ReviewSaver.Outcome(saved: state.currentReview ?? SessionUIFixtures.review(), overlaps: [], mergedOtherSession: false))
        let ready = state.handle(.char("R"), at: t0)
        #expect(state.currentReview?.status == .prepReady)
        guard case .save(let saved, _)? = ready.first else { Issue.record("expected a save"); return }
        #expect(saved.status == .prepReady)
        #expect(state.notice?.text == "Marked prep ready; your manager sees it on the board (R again takes it back). (5 questions left blank.)")

        // R again takes it back (#17 item 10), and the save says so.
        state.saveFinished(ReviewSaver.Outcome(saved: saved, overlaps: [], mergedOtherSession: false))
        let back = state.handle(.char("R"), at: t0)
        #expect(state.currentReview?.status == .scheduled)
        guard case .save(let unready, _)? = back.first else { Issue.record("expected a save"); return }
        #expect(unready.status == .scheduled)
        #expect(state.notice?.text == "Prep is no longer marked ready; press R again when it is.")
    }
}
