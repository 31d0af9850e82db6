import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

@Suite("Reviews browser and action items")
struct ArchiveReviewsTests {
    typealias F = ArchiveFixtures

    func browser() -> ReviewsBrowserState {
        var state = ReviewsBrowserState(today: F.asOf)
        state.load(reviews: F.team.reviews, deals: F.team.deals)
        return state
    }

    func screen(_ state: ReviewsBrowserState, _ width: Int, _ height: Int) -> Screen {
        F.render(width, height) { ReviewsBrowserView.render(state, theme: F.theme, into: &$0, area: $0.bounds) }
    }

    func type(_ script: String, into state: inout ReviewsBrowserState) -> [ArchiveRequest] {
        F.keys(script).compactMap { state.handle($0, visibleRows: 10) }
    }

    @Test("golden: 80x24 and 120x40", arguments: [(80, 24), (120, 40)])
    func golden(width: Int, height: Int) {
        assertGolden(screen(browser(), width, height), named: "archive-reviews-\(width)x\(height)")
    }

    @Test func emptyArchiveSaysHowToStart() {
        var state = ReviewsBrowserState(today: F.asOf)
        state.load(reviews: [], deals: [])
        let shown = screen(state, 80, 24)
        assertGolden(shown, named: "archive-reviews-empty-80x24")
        #expect((0..<24).contains { shown.text(ofRow: $0).contains("No reviews yet. Open a deal on the board to start one.") })
        // Keys on an empty list do nothing and open nothing.
        #expect(type("j G Enter e Space v", into: &state).isEmpty)
        _ = type("/ x Enter", into: &state)
        #expect(state.shown.isEmpty && state.selectedRow == nil)
    }

    /// No match leaves no review to preview: the preview says what to press, as the board does.
    @Test func noMatchSaysHowToWidenTheFilters() {
        var state = browser()
        _ = type("/ z z q q Enter", into: &state)
        #expect(state.shown.isEmpty)
        let shown = screen(state, 80, 24)
        let text = (0..<24).map { shown.text(ofRow: $0) }.joined(separator: "\n")
        #expect(text.contains("No reviews match. x clears the filters and the search."))
        #expect(text.contains("Nothing to preview: no review matches. x clears the filters"))
    }

    @Test func newestFirst() {
        let state = browser()
        let days = state.shown.map { state.archive.rows[$0].day }
        #expect(days == days.sorted(by: >))
        #expect(state.shown.count == 120)
    }

    @Test func searchFindsFoldedTextAndHighlightsIt() throws {
        var state = browser()
        _ = type("/ ZURICH Enter", into: &state)
        #expect(state.filter.search == "ZURICH")
        #expect(!state.shown.isEmpty)
        for index in state.shown {
            let row = state.archive.rows[index]
            let text = ReviewSearchText.fields(of: row.review, deal: row.deal).map(\.text).joined(separator: " ")
            #expect(SearchFolding.fold(text).contains("zurich"))
        }
        assertGolden(screen(state, 80, 24), named: "archive-reviews-search-80x24")
        _ = type("/ BSpace BSpace BSpace BSpace BSpace BSpace reference Space call Enter", into: &state)
        #expect(state.filter.searchTerms == ["reference", "call"])
        let shown = screen(state, 120, 40)
        assertGolden(shown, named: "archive-reviews-search-120x40")
        // The matched words are drawn in the insight style (underlined without colour); the rest is not.
        let y = try #require((0..<40).first { shown.text(ofRow: $0).contains("Reference call early.") })
        let x = try #require(shown.text(ofRow: y).range(of: "Reference")).lowerBound.utf16Offset(in: shown.text(ofRow: y))
        #expect((x..<(x + 9)).allSatisfy { shown[$0, y].style.attributes.contains(.underline) })
        #expect((x + 10..<(x + 14)).allSatisfy { shown[$0, y].style.attributes.contains(.underline) }, "call")
        #expect(!(x + 15..<(x + 20)).contains { shown[$0, y].style.attributes.contains(.underline) }, "early")
    }

    @Test func searchAppliesAsItIsTypedAndEscPutsBackThePreviousOne() {
        var state = browser()
        _ = type("/ m u t", into: &state)
        #expect(state.filter.search == "mut")
        let afterThree = state.shown
        #expect(screen(state, 80, 24).text(ofRow: 0).contains("Reviews \(afterThree.count) of 120"))
        _ = type("u a l", into: &state)
        #expect(state.filter.search == "mutual")
        #expect(Set(state.shown).isSubset(of: afterThree))
        _ = type("Escape", into: &state)
        #expect(state.mode == .list)
        #expect(state.filter.search == "", "Esc drops the search typed since /")
        #expect(state.shown.count == 120)
        _ = type("/ c f o Enter / BSpace BSpace BSpace Escape", into: &state)
        #expect(state.filter.search == "cfo", "Esc goes back to the search kept with Enter")
    }

    @Test func aSearchNarrowedKeyByKeyFindsWhatAFreshSearchFinds() {
        var state = browser()
        _ = type("/", into: &state)
        var typed = ""
        // Grows (searched among the last matches), then shrinks and changes (searched afresh).
        for key in F.keys("r e f e r Space c a l l BSpace BSpace BSpace BSpace BSpace Space p l a n") {
            _ = state.handle(key, visibleRows: 10)
            if case .char(let c) = key { typed.append(c) } else { typed.removeLast() }
            let fresh = state.archive.matching(ReviewFilter(search: typed), today: F.asOf)
            #expect(state.shown == fresh, "after typing “\(typed)”")
        }
        #expect(typed == "refer plan")
        #expect(!state.shown.isEmpty)
    }

    @Test func searchFieldEditsLikeEveryOtherField() {
        var state = browser()
        // Left arrows and Home move the cursor; text goes in where it is.
        _ = type("/ a l l Left Left c Home c", into: &state)
        #expect(state.filter.search == "cacll")
        _ = type("C-w", into: &state)
        #expect(state.filter.search == "acll", "Ctrl-W deletes the word before the cursor")
        _ = type("End C-w", into: &state)
        #expect(state.filter.search == "")
        _ = type("Enter", into: &state)
        #expect(state.mode == .list)
    }

    @Test func theRowsOnScreenFollowTheSelectionToTheOldestReview() throws {
        var state = browser()
        _ = type("G", into: &state)
        let oldest = try #require(state.shown.last.map { state.archive.rows[$0] })
        let shown = screen(state, 80, 24)
        let selectedLine = try #require((0..<24).map { shown.text(ofRow: $0) }.first { $0.contains("› ") })
        #expect(selectedLine.contains("\(oldest.day)"))
        #expect(selectedLine.contains(String((oldest.deal?.account ?? "").prefix(8))))
        _ = type("PgUp", into: &state)
        let paged = screen(state, 80, 24)
        let row = try #require(state.selectedRow)
        let line = try #require((0..<24).map { paged.text(ofRow: $0) }.first { $0.contains("› ") })
        #expect(line.contains("\(row.day)") && line.contains(String((row.deal?.account ?? "").prefix(8))))
    }

    @Test func snippetMarksEveryMatchInContext() {
        let review = Review(id: "r", dealId: "d", kind: .win, manager: "M", rep: "R", questionSetId: "q",
                            createdAt: Date(timeIntervalSince1970: 0),
                            practices: [BestPractice(id: "p", title: "Reference call", detail: "Book the réference call before the proposal")])
        let snippets = ReviewSearchText.snippets(of: review, deal: nil, terms: ["reference"], width: 80, limit: 3)
        #expect(snippets.count == 1)
        #expect(snippets[0].label == "Practice")
        #expect(snippets[0].text == "Reference call: Book the réference call before the proposal")
        #expect(snippets[0].highlights == [0..<9, 25..<34])
        let short = ReviewSearchText.snippets(of: review, deal: nil, terms: ["proposal"], width: 20, limit: 3)
        #expect(short[0].text == "… before the proposal")
        #expect(short[0].highlights == [13..<21])
    }

    @Test func filtersCycleAndCombine() {
        var state = browser()
        _ = type("o", into: &state)
        #expect(state.filter.outcome == .won)
        #expect(state.shown.allSatisfy { state.archive.rows[$0].deal?.outcome == .won })
        _ = type("s s s s", into: &state)
        #expect(state.filter.status == .completed)
        _ = type("c", into: &state)
        #expect(state.filter.cause == .repAction)
        #expect(state.shown.allSatisfy { index in
            let review = state.archive.rows[index].review
            return review.status == .completed && review.factors.contains { $0.cause == .repAction }
        })
        let narrowed = state.shown.count
        #expect(narrowed > 0 && narrowed < 120)
        _ = type("x", into: &state)
        #expect(state.filter == ReviewFilter())
        #expect(state.shown.count == 120)
    }

    @Test func markTwoAndCompareSideBySide() {
        var state = browser()
        _ = type("s s s s", into: &state)  // completed reviews only
        _ = type("Space j Space", into: &state)
        #expect(state.marked.count == 2)
        _ = type("v", into: &state)
        guard case .comparing(let left, let right, 0) = state.mode else { Issue.record("not comparing"); return }
        #expect([left, right] == state.marked)
        assertGolden(screen(state, 120, 40), named: "archive-compare-120x40")
        assertGolden(screen(state, 80, 24), named: "archive-compare-80x24")
        _ = type("Escape", into: &state)
        #expect(state.mode == .list)
    }

    @Test func enterOpensAndEEdits() {
        var state = browser()
        let id = state.selectedRow?.review.id ?? ""
        #expect(type("Enter", into: &state) == [.openReview(id: id, editing: false)])
        #expect(type("e", into: &state) == [.openReview(id: id, editing: true)])
    }

    // MARK: Action items

    func items() -> ActionItemsState {
        var state = ActionItemsState(today: F.asOf)
        state.load(reviews: F.team.reviews, deals: F.team.deals)
        return state
    }

    @Test("golden: action items 80x24 and 120x40", arguments: [(80, 24), (120, 40)])
    func actionItemsGolden(width: Int, height: Int) {
        let state = items()
        assertGolden(F.render(width, height) { ActionItemsView.render(state, theme: F.theme, into: &$0, area: $0.bounds) },
                     named: "archive-action-items-\(width)x\(height)")
    }

    @Test func actionItemsAreOpenOnesSoonestFirst() {
        let state = items()
        let expected = F.team.reviews.reduce(0) { $0 + $1.openActionItems.count }
        #expect(state.items.count == expected)
        let dues = state.items.compactMap(\.item.due)
        #expect(dues == dues.sorted())
        #expect(state.items.allSatisfy { !$0.item.done })
        #expect(state.overdueCount == state.items.filter { ($0.item.due ?? F.asOf) < F.asOf }.count)
    }

    @Test func tickingOffReturnsTheReviewWithTheItemDone() throws {
        var state = items()
        let first = try #require(state.selectedItem)
        let request = state.handle(.char("x"), visibleRows: 10)
        var expected = first.review
        let index = try #require(expected.actionItems.firstIndex { $0.id == first.item.id })
        expected.actionItems[index].setDone(true, on: F.asOf)
        #expect(request == .saveReview(expected))
        #expect(expected.actionItems[index].doneOn == F.asOf, "the day it was ticked is kept")
        #expect(!state.items.contains { $0.review.id == first.review.id && $0.item.id == first.item.id })
    }

    @Test("golden: action items with the done ones shown", arguments: [(80, 24), (120, 40)])
    func actionItemsDoneGolden(width: Int, height: Int) {
        var state = items()
        _ = state.handle(.char("d"), visibleRows: 10)
        _ = state.handle(.char("G"), visibleRows: 10)
        assertGolden(F.render(width, height) { ActionItemsView.render(state, theme: F.theme, into: &$0, area: $0.bounds) },
                     named: "archive-action-items-done-\(width)x\(height)")
    }

    @Test func dShowsDoneItemsAndXUnticksOne() throws {
        var state = items()
        let open = state.items.count
        _ = state.handle(.char("d"), visibleRows: 10)
        #expect(state.showsDone && state.items.count > open)
        _ = state.handle(.char("G"), visibleRows: 10)
        let done = try #require(state.selectedItem)
        #expect(done.item.done)
        let request = state.handle(.char("x"), visibleRows: 10)
        guard case .saveReview(let review)? = request else {
            Issue.record("no save")
            return
        }
        #expect(review.actionItems.first { $0.id == done.item.id }?.done == false)
        #expect(state.notice?.hasPrefix("Unticked “") == true && state.notice?.hasSuffix("Ctrl-Z undoes") == true)
        guard case .saveReview(let undone)? = state.handle(.ctrl("z"), visibleRows: 10) else {
            Issue.record("undo saved nothing")
            return
        }
        #expect(undone.actionItems.first { $0.id == done.item.id }?.done == true)
        #expect(state.notice == "Undone: unticked · Ctrl-Y redoes")
    }

    @Test func aTickedItemThatGoesFromTheListSaysHowToSeeItAndTheNoticeFades() throws {
        var state = items()
        let now = Date(timeIntervalSince1970: 1_000_000)
        _ = state.handle(.char("x"), visibleRows: 10, now: now)
        #expect(state.notice?.contains("(d shows done items) · Ctrl-Z undoes") == true)
        state.tick(now.addingTimeInterval(5))
        #expect(state.notice == nil)
    }
}
