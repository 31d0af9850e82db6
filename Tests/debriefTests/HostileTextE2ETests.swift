import DebriefCore
import Foundation
import Testing

/// Text from files and CSV imports is shown, never executed: names, notes, prep answers, factors,
/// practices and imported fields full of escape sequences go through every view of the real binary
/// in tmux, and the terminal must come out untouched — same title, nothing cleared, layout intact,
/// placeholders where the control characters were.
@Suite("Hostile text end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(5)))
struct HostileTextE2ETests {
    /// What a hostile file can hold. Each would change the terminal if it reached it raw.
    static let sequences = [
        "\u{1B}]0;PWNED-TITLE\u{07}",          // OSC 0: set the window title, BEL-terminated
        "\u{1B}]2;PWNED-TITLE\u{1B}\\",        // OSC 2: set the title, ST-terminated
        "\u{1B}[2J\u{1B}[H",                   // CSI: clear the screen, cursor home
        "\u{1B}[5;5H\u{1B}[3A\u{1B}[40C",      // CSI: cursor moves
        "\u{1B}P+q544e\u{1B}\\",               // DCS: a terminal query
        "\u{9B}2J\u{9D}0;PWNED-C1\u{9C}\u{85}", // C1 controls: 8-bit CSI, OSC, ST, NEL
        "\u{07}\u{08}\u{08}\u{08}",            // BEL, backspaces
        "\u{202E}desrever\u{202C}",            // bidi override
        "Z\u{200D}W\u{200B}J",                  // zero-width joiner and space
        "全角文字👨‍👩‍👧‍👦🇳🇴",                       // wide CJK, an emoji sequence, a flag
    ]

    /// `label` followed by two of the sequences, so every field carries raw control text.
    static func hostile(_ label: String, _ index: Int) -> String {
        label + sequences[index % sequences.count] + sequences[(index + 4) % sequences.count] + "end"
    }

    /// Rewrites the demo team with hostile text in every field a view shows, and imports a hostile CSV.
    static func poison(_ tmux: TmuxHarness) throws {
        let store = RecordStore(root: tmux.dataDirectory)
        let deals = store.loadAll(Deal.self).records
        for (index, var deal) in deals.enumerated() {
            deal.account = hostile("Acct\(index)", index)
            deal.name = hostile("Deal\(index)", index + 1)
            deal.notes = hostile("Notes\(index)", index + 2)
            deal.competitors = [hostile("Rival\(index)", index + 3)]
            deal.segment = hostile("Seg", index + 5)
            // Lena's deals keep her name: `debrief prep --rep` finds them by it.
            if !deal.owner.hasPrefix("Lena") { deal.owner = hostile("Rep\(index)", index + 6) }
            try write(deal, to: tmux.dataDirectory)
        }
        for (index, var review) in store.loadAll(Review.self).records.enumerated() {
            review.manager = hostile("Mgr", index)
            review.summary = hostile("Summary", index + 1)
            for (n, _) in review.answers.enumerated() {
                review.answers[n].wording = hostile("Q\(n)", n)
                review.answers[n].prepAnswer = hostile("Prep\(n)", n + 1)
                review.answers[n].notes = hostile("Note\(n)", n + 2)
                review.answers[n].insight = n % 3 == 0
            }
            review.factors = [
                Factor(id: "f1", effect: .success, cause: .repAction, evidence: .buyerSaid, text: hostile("Factor", index)),
                Factor(id: "f2", effect: .failure, cause: .price, evidence: .repBelief, text: hostile("Factor", index + 5)),
            ]
            review.practices = [BestPractice(id: "p1", title: hostile("Practice", index + 2), detail: hostile("Detail", index + 3))]
            review.fineTuning = [FineTuningPoint(id: "t1", text: hostile("Tune", index + 4))]
            review.signals = [QualificationSignal(id: "s1", sign: .good, text: hostile("Signal", index + 6), present: true)]
            review.actionItems = [ActionItem(id: "a1", text: hostile("Action", index + 7), owner: hostile("Owner", index + 8))]
            try write(review, to: tmux.dataDirectory)
        }
        let csv = "Opportunity Name,Account Name,Stage,Amount,Close Date,Opportunity Owner,Primary Competitor,Loss Reason\r\n"
            + [("Imported won", "Closed Won", "2026-09-20"), ("Imported lost", "Closed Lost", "2026-09-21")].enumerated().map { index, row in
                [hostile(row.0, index), hostile("CSV account", index + 2), row.1, "12000", row.2, hostile("CSV rep", index + 4),
                 hostile("CSV rival", index + 6), hostile("CSV reason", index + 8)]
                    .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
            }.joined(separator: "\r\n") + "\r\n"
        let file = tmux.scratch.appendingPathComponent("hostile.csv")
        try Data(csv.utf8).write(to: file)
        #expect(try tmux.runCommand(["import", file.path]) == 0, "the hostile CSV imports")
    }

    private static func write<R: StoredRecord>(_ record: R, to data: URL) throws {
        let url = data.appendingPathComponent(R.folder).appendingPathComponent(record.id + ".json")
        try RecordCoding.encode(record).write(to: url)
    }

    /// What must hold on every screen: nothing raw reached the terminal, and the layout stands.
    /// `bordersAtEdge`: every line ending in a vertical border ends at the right edge (not so under an overlay).
    static func expectUntouched(_ screen: String, view: String, title: String, tmux: TmuxHarness, placeholders: Bool = true,
                                bordersAtEdge: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(tmux.paneTitle() == title, "\(view): the window title changed", sourceLocation: sourceLocation)
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast(screen.hasSuffix("\n") ? 1 : 0)
        // A cursor move or a clear that reached the terminal shifts what comes after it: the right
        // border of a box would no longer end at the right edge.
        for (row, line) in lines.enumerated() where bordersAtEdge {
            let width = DisplayWidth.of(String(line))
            if let last = line.last, "┃│┓┐┛┘".contains(last) {
                #expect(width == tmux.width, "\(view): the border on line \(row + 1) is at column \(width):\n\(screen)", sourceLocation: sourceLocation)
            }
        }
        if placeholders {
            // Every escape sequence still visible must show its placeholder: "]0;PWNED" never stands
            // without the "␛" before it, "2J" after a C1 CSI never without its "�".
            #expect(screen.contains("␛"), "\(view): no placeholder shown for the escape sequences:\n\(screen)", sourceLocation: sourceLocation)
            // Curses draws a raw C1 control as inert text of its own ("~^["), so the byte stream
            // stays clean even when the sanitizer lets one through: the "�" before the C1 OSC's text
            // is what shows the sanitizer did its work.
            for (bare, shown) in [("]0;PWNED", "␛]0;PWNED"), ("]2;PWNED", "␛]2;PWNED"), ("[2J", "␛[2J"), ("[5;5H", "␛[5;5H"),
                                  ("0;PWNED-C1", "\u{FFFD}0;PWNED-C1")] {
                let bareCount = screen.components(separatedBy: bare).count - 1, shownCount = screen.components(separatedBy: shown).count - 1
                #expect(bareCount == shownCount, "\(view): \(bare) without its placeholder:\n\(screen)", sourceLocation: sourceLocation)
            }
        }
        // The status bar and the top line were drawn once and never again: a leaked clear would blank them.
        #expect(!(lines.first ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "\(view): the top line is blank:\n\(screen)", sourceLocation: sourceLocation)
        #expect(!(lines.last ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "\(view): the status bar is blank:\n\(screen)", sourceLocation: sourceLocation)
    }

    /// What the program wrote to its terminal, byte for byte: Debrief's own output is UTF-8 text and
    /// the cursor and colour codes curses sends (CSI). An OSC or DCS introducer, a C1 control, a bidi
    /// override, a zero-width space or a byte that is not UTF-8 can only have come from the hostile text.
    static func expectCleanStream(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(bytes.count > 1_000, "the recorded output is empty: pipe-pane recorded nothing", sourceLocation: sourceLocation)
        var found: [String] = []
        for index in bytes.indices.dropLast() where bytes[index] == 0x1B {
            switch bytes[index + 1] {
            case UInt8(ascii: "]"): found.append("OSC at byte \(index)")
            case UInt8(ascii: "P"): found.append("DCS at byte \(index)")
            default: break
            }
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if (0x80...0x9F).contains(scalar.value) || [0x202E, 0x202C, 0x200B].contains(scalar.value) {
                    found.append(String(format: "U+%04X", scalar.value))
                }
            case .emptyInput: break loop
            case .error: found.append("a byte that is not UTF-8 (a raw C1 control?)")
            }
        }
        #expect(found.isEmpty, "raw control text reached the terminal: \(found.prefix(10))", sourceLocation: sourceLocation)
    }

    /// A crash journal for the first review holding hostile typed text, so start-up offers it back.
    static func journalHostileText(_ tmux: TmuxHarness) throws {
        let review = try #require(RecordStore(root: tmux.dataDirectory).loadAll(Review.self).records.first)
        let journal = EditJournal(stateDirectory: tmux.scratch.appendingPathComponent("state").appendingPathComponent("debrief"),
                                  dataDirectory: tmux.dataDirectory)
        try journal.record(JournalEdit(reviewID: review.id, field: .notes(questionID: review.answers[0].questionId),
                                       text: hostile("Journaled", 3), baseRevision: review.revision, time: Date()))
        journal.close()
    }

    @Test func everyViewShowsPlaceholdersAndLeavesTheTerminalAlone() throws {
        let tmux = try TmuxHarness(width: 120, height: 36, deals: 12, reviews: 3, asOf: "2026-10-01")
        defer { tmux.stop() }
        try Self.poison(tmux)
        try Self.journalHostileText(tmux)
        let stream = tmux.scratch.appendingPathComponent("terminal-output.bin")
        try tmux.start()
        try tmux.recordOutput(to: stream)
        var screen = try tmux.waitFor("the recovery offer") { $0.contains("Unsaved text recovered") }
        let title = tmux.paneTitle()
        #expect(!title.contains("PWNED"))
        #expect(screen.contains("Journaled"), "the recovered text is shown:\n\(screen)")
        Self.expectUntouched(screen, view: "the recovery offer", title: title, tmux: tmux, bordersAtEdge: false)
        tmux.sendEscape()
        screen = try tmux.waitFor("the board") { $0.contains("┏ WON (") && !$0.contains("Unsaved text recovered") }
        Self.expectUntouched(screen, view: "board", title: title, tmux: tmux)
        #expect(screen.contains("Acct"), "the poisoned deals are on the board:\n\(screen)")

        func visit(_ view: String, _ keys: [String], overlay: Bool = false, until condition: @escaping (String) -> Bool) throws {
            for key in keys {
                if key == "Escape" { tmux.sendEscape() } else { tmux.send(key) }
            }
            screen = try tmux.waitFor(view, condition)
            // Anything still drawing lands before the check: two captures in a row must agree.
            for _ in 0..<20 {
                Thread.sleep(forTimeInterval: 0.3)
                let again = tmux.capture()
                if again == screen { break }
                screen = again
            }
            Self.expectUntouched(screen, view: view, title: title, tmux: tmux, placeholders: !overlay, bordersAtEdge: !overlay)
        }

        try visit("the deal detail", ["i"]) { $0.contains("Outcome") }
        try visit("the board again", ["Escape"]) { !$0.contains("Outcome") && $0.contains("┏ WON (") }
        try visit("the deal form", ["e"], overlay: true) { $0.contains("Edit deal") || $0.contains("Account") }
        try visit("the board after the form", ["Escape"]) { $0.contains("┏ WON (") && !$0.contains("Edit deal") }
        try visit("the rep picker", ["r"], overlay: true) { $0.contains("Rep") && $0.contains("All") }
        try visit("the board after the picker", ["Escape"]) { $0.contains("┏ WON (") && !$0.contains("All reps") }
        try visit("a search", ["/", "A", "c", "c", "t", "Enter"]) { $0.contains("┏ WON (") && $0.contains("Acct") && $0.contains("\"Acct\"") }
        try visit("the board unfiltered", ["x"]) { $0.contains("┏ WON (") && !$0.contains("\"Acct\"") }
        try visit("the session", ["Enter"]) { $0.contains("Question 1 of") }
        try visit("the factor form", ["M-f"], overlay: true) { $0.contains("Cause") || $0.contains("cause") }
        try visit("the session after the form", ["Escape"]) { $0.contains("Question 1 of") && !$0.contains("Cause") }
        try visit("the summary so far", ["M-S"]) { $0.contains("Summary so far") }
        try visit("the session after the summary", ["Escape"]) { $0.contains("Question 1 of") && !$0.contains("Summary so far") }
        try visit("the board after the session", ["M-q"]) { $0.contains("┏ WON (") }
        try visit("the reviews browser", ["2"]) { $0.contains("Debrief · Reviews") }
        try visit("a review opened read-only", ["Enter"]) { $0.contains("Summary so far") }
        try visit("the review's questions", ["Escape"]) { $0.contains("Question 1 of") }
        try visit("the reviews browser again", ["M-q"]) { $0.contains("Debrief · Reviews") }
        try visit("the compare view", ["Space", "j", "Space", "v"]) { $0.contains("j/k scroll") && $0.contains("Esc back") }
        try visit("the reviews browser after compare", ["Escape"]) { $0.contains("Debrief · Reviews") }
        try visit("the action items", ["3"]) { $0.contains("Debrief · Action items") }
        try visit("the playbook", ["4"]) { $0.contains("Debrief · Playbook") }
        try visit("the patterns", ["5"]) { $0.contains("Debrief · Patterns") }
        try visit("the help", ["?"], overlay: true) { $0.contains("show or hide this help") }
        try visit("the patterns after help", ["Escape"]) { $0.contains("Debrief · Patterns") && !$0.contains("show or hide this help") }
        try visit("the board last", ["1"]) { $0.contains("┏ WON (") }
        tmux.send("q")
        _ = try tmux.waitFor("the shell after quitting") { $0.contains("debrief exited with 0") }

        // The rep's side: prep mode on the same data.
        tmux.endWindow()
        try tmux.start(command: ["prep", "--rep", "Lena Vogt"])
        // Wait for the whole frame (the status bar is drawn last): under load the title line can show alone.
        screen = try tmux.waitFor("prep mode") { $0.contains("Lena Vogt") && $0.contains(" PREP ") }
        let prepTitle = tmux.paneTitle()
        Self.expectUntouched(screen, view: "prep", title: prepTitle, tmux: tmux)
        try tmux.recordOutput(to: stream)
        try visit("a prep question", ["Enter"]) { $0.contains("answered") }
        #expect(tmux.paneTitle() == prepTitle)
        tmux.endWindow()
        Self.expectCleanStream([UInt8](try Data(contentsOf: stream)))
    }
}
