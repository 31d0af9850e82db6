import DebriefCore
import Foundation

/// Where watching the open review's file stands (#17 item 5): the rep answers a prep question, a
/// sync brings the team's changes or a teammate's `debrief` saves while the manager has the review
/// open, and it shows within about a second, merged with what is being typed.
struct ReviewFileWatch: Sendable, Equatable {
    /// The file as last read; nil before the first look (which reads it whatever it is).
    var stamp: RecordFileStamp?
    /// When the last look was asked for, and whether its answer is still to come.
    var lastLook: Date?
    var isLooking = false
    /// Ctrl-R asked: the next answer says what it found, even "nothing new".
    var isForced = false
    /// What was said about a file that cannot be read or is gone, so it is said once, not every look.
    var reportedProblem: LoadProblem?
    var reportedMissing = false

    /// How often the file is looked at: a `stat` while it stays the same.
    static let interval: TimeInterval = 0.5
}

extension SessionState {
    /// A look at the review's file, when the last one has answered and `interval` has passed; at
    /// once when `force`d (Ctrl-R), reading the file whatever its stamp says.
    mutating func lookAtFile(at now: Date, force: Bool = false) -> [SessionRequest] {
        if force {
            fileWatch.isForced = true
            fileWatch.stamp = nil
        }
        guard !fileWatch.isLooking else { return [] }
        if !force, let last = fileWatch.lastLook, now.timeIntervalSince(last) < ReviewFileWatch.interval, now >= last { return [] }
        fileWatch.isLooking = true
        fileWatch.lastLook = now
        return [.lookAtFile(reviewID: review.id, since: fileWatch.stamp)]
    }

    /// What the look found. A change made elsewhere is merged into the working copy with the same
    /// three-way merge a save uses (the version last known on disk as the base), so neither the
    /// manager's unsaved typing nor the outside text is lost; a file that cannot be read is
    /// reported and left alone.
    public mutating func fileLooked(_ look: RecordFileLook<Review>) -> [SessionRequest] {
        fileWatch.isLooking = false
        switch look {
        case .unchanged:
            forcedLookFound("Nothing new on disk for this review.")
            return []
        case .missing:
            fileWatch.stamp = nil
            if saved != nil, !fileWatch.reportedMissing {
                fileWatch.reportedMissing = true
                say(.warning, "This review's file is gone from disk (removed or moved elsewhere); what is on screen is written back with the next save.")
            } else {
                forcedLookFound("Nothing on disk for this review yet: it is written once something is typed.")
            }
            return []
        case .broken(let problem, let stamp):
            fileWatch.stamp = stamp
            if problem != fileWatch.reportedProblem || fileWatch.isForced {
                fileWatch.reportedProblem = problem
                fileWatch.isForced = false
                let name = URL(fileURLWithPath: problem.path).lastPathComponent
                say(.warning, "Not merged, left as it is: this review's file \(name) cannot be read (\(problem.reason)). Your notes stay here; debrief check lists it.")
            }
            return []
        case .read(let disk, let stamp):
            fileWatch.reportedProblem = nil
            fileWatch.reportedMissing = false
            // A save under way answers with the file as it merged it; this read may predate it, so
            // the next look reads the file again.
            guard draft.inFlight == nil else { return [] }
            fileWatch.stamp = stamp
            // Our own last save reads back with its times to the second: not a change.
            guard !Self.sameOnDisk(disk, saved) else {
                forcedLookFound("Nothing new on disk for this review.")
                return []
            }
            return takeOutsideChange(disk)
        }
    }

    /// Merges `disk`, a version of this review saved elsewhere, into the working copy.
    private mutating func takeOutsideChange(_ disk: Review) -> [SessionRequest] {
        let base = saved ?? ReviewSaver.blankBase(like: review)
        let mine = review
        let result = ReviewMerge.merge(base: base, mine: mine, theirs: disk)
        draft.takeOutsideChange(disk, merged: result.merged)
        overlaps += result.overlaps
        let incoming = ReviewIncoming(from: base, to: disk)
        if incoming.isEmpty, result.overlaps.isEmpty {
            forcedLookFound("Nothing new on disk for this review.")
        } else {
            fileWatch.isForced = false
            var text = incoming.sentence(rep: review.rep)
            if !result.overlaps.isEmpty {
                let places = result.overlaps.count == 1 ? "One place was" : "\(result.overlaps.count) places were"
                text += " \(places) changed here too: both versions kept."
            }
            say(.info, text)
        }
        let oldNote = editor.text
        let oldCursor = editor.cursor
        if let notes = currentAnswer?.notes, notes != oldNote {
            editor.setText(notes)
            editor.moveCursor(to: Self.cursor(oldCursor, in: oldNote, after: notes))
        }
        fitEditor()
        listOffset = SessionLayout.listOffset(for: self)
        return journalMergedText(mine: mine, base: base)
    }

    /// Text fields with typing not yet saved that the merge changed: the crash journal gets the merged
    /// text, so a crash before the next save brings back both sides.
    private func journalMergedText(mine: Review, base: Review) -> [SessionRequest] {
        let merged = review
        var requests: [SessionRequest] = []
        let fields: [(ReviewTextField, KeyPath<Review, String>?, String?)] = mine.answers.map { answer in
            (.notes(questionID: answer.questionId), nil, answer.questionId)
        } + [(.summary, \Review.summary, nil)]
        for (field, path, questionID) in fields {
            func text(_ review: Review) -> String? {
                if let path { return review[keyPath: path] }
                return review.answers.first { $0.questionId == questionID }?.notes
            }
            guard let typed = text(mine), typed != text(base), let now = text(merged), now != typed else { continue }
            requests.append(.journal(JournalEdit(reviewID: merged.id, dealID: merged.dealId, field: field, text: now,
                                                 baseRevision: merged.revision, time: self.now)))
        }
        return requests
    }

    /// Where the cursor goes when the note around it changed: it stays by the text it was beside, so
    /// text that came in before it moves it along and text after it leaves it where it is.
    static func cursor(_ cursor: Int, in old: String, after new: String) -> Int {
        let before = Array(old), after = Array(new)
        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        guard prefix < cursor else { return min(cursor, after.count) }
        return min(max(prefix, cursor + after.count - before.count), after.count)
    }

    /// Whether `saved` is what the file holds: compared as the file keeps them, bytes for bytes.
    static func sameOnDisk(_ disk: Review, _ saved: Review?) -> Bool {
        guard let saved else { return false }
        if disk == saved { return true }
        guard disk.revision == saved.revision, let a = try? RecordCoding.encode(disk), let b = try? RecordCoding.encode(saved) else { return false }
        return a == b
    }

    private mutating func forcedLookFound(_ text: String) {
        guard fileWatch.isForced else { return }
        fileWatch.isForced = false
        say(.info, text)
    }

    /// A notice about something that came from elsewhere: what came in goes by itself after a few
    /// seconds, a file that cannot be read stays until a key.
    private mutating func say(_ kind: Notice.Kind, _ text: String) {
        notice = .init(kind, text)
    }
}

extension EditedReview {
    /// A version saved elsewhere came in: it is the new base of the next save, and `merged` (it
    /// merged with the working copy) the working copy.
    mutating func takeOutsideChange(_ disk: Review, merged: Review) {
        saved = disk
        review = merged
    }
}
