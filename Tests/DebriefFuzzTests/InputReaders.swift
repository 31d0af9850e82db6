import DebriefCore
import DebriefUI
import Foundation

/// What a reader made of some bytes.
enum ReadOutcome: Equatable {
    /// It took the input (a record, a theme, an import report…).
    case accepted
    /// It refused the input with this message.
    case refused(String)
    /// Not its kind of file, silently passed over (a journal of another data directory).
    case ignored
    /// It took the input but broke its own promise, e.g. rejected a row without saying why.
    case broken(String)
}

/// One way Debrief reads a file from outside, driven through the same call the app makes.
struct InputReader: Sendable {
    let name: String
    /// What every refusal must name so the user can find the file (its path), when the reader has one.
    var refusalNames: String? = nil
    let read: @Sendable (Data) -> ReadOutcome
}

/// Every reader of outside input, each given a scratch folder of its own for the files it needs.
enum InputReaders {
    static func all(in scratch: URL) -> [InputReader] {
        [deal, review, questionSet, pendingConflicts, theme(in: scratch), config(in: scratch), csvImport(in: scratch),
         importMapping(in: scratch), journal(in: scratch)]
    }

    static let deal = InputReader(name: "deal JSON", refusalNames: "deals/fuzz.json") { data in
        outcome(RecordDecoding.decode(Deal.self, from: data, path: "deals/fuzz.json")) { data, path in
            RecordDecoding.decode(Deal.self, from: data, path: path)
        }
    }

    static let review = InputReader(name: "review JSON", refusalNames: "reviews/fuzz.json") { data in
        outcome(RecordDecoding.decode(Review.self, from: data, path: "reviews/fuzz.json")) { data, path in
            RecordDecoding.decode(Review.self, from: data, path: path)
        }
    }

    static let questionSet = InputReader(name: "question set JSON", refusalNames: "questions/fuzz.json") { data in
        let decode = { (data: Data, path: String) in
            RecordDecoding.decode(QuestionSet.self, currentVersion: QuestionSet.currentSchemaVersion, version: \.schemaVersion,
                                  from: data, path: path)
        }
        return outcome(decode(data, "questions/fuzz.json"), reread: decode)
    }

    /// Values a teammate's sync left for a person to choose: they arrive by git, like records.
    static let pendingConflicts = InputReader(name: "pending conflicts JSON", refusalNames: "conflicts/deals/fuzz.json") { data in
        let path = "conflicts/deals/fuzz.json"
        switch PendingConflictStore.decode(data, path: path) {
        case .failure(let problem): return .refused(problem.description)
        case .success(nil): return .broken("bytes read as no file at all")
        case .success(let conflicts?):
            guard let saved = try? PendingConflictStore.encode(conflicts) else { return .broken("what was read cannot be written back") }
            guard case .success(let reread?) = PendingConflictStore.decode(saved, path: path), reread == conflicts else {
                return .broken("what was read does not read back the same after writing it")
            }
            return .accepted
        }
    }

    /// A record that decodes is only taken when the app could save it and read the same record back
    /// (writing is idempotent: what it writes, it reads and writes again byte for byte).
    private static func outcome<T: Encodable & Equatable>(_ result: Result<T, LoadProblem>,
                                                         reread: (Data, String) -> Result<T, LoadProblem>) -> ReadOutcome {
        switch result {
        case .failure(let problem):
            return .refused(problem.description)
        case .success(let value):
            guard let saved = try? RecordCoding.encode(value) else { return .broken("a record it read cannot be saved") }
            guard case .success(let again) = reread(saved, "fuzz.json") else { return .broken("a record it read does not read back after saving") }
            guard (try? RecordCoding.encode(again)) == saved else { return .broken("saving a record it read twice gives two different files") }
            return .accepted
        }
    }

    /// A user theme file, loaded by the catalog and resolved by name as `--theme` does.
    static func theme(in scratch: URL) -> InputReader {
        let folder = scratch.appendingPathComponent("themes", isDirectory: true)
        let file = folder.appendingPathComponent("fuzz.toml")
        return InputReader(name: "theme TOML", refusalNames: "fuzz") { data in
            if let failure = write(data, to: file) { return failure }
            let catalog = ThemeCatalog.load(userThemesDirectory: folder)
            if let problem = catalog.problems.first { return .refused(problem.description) }
            do {
                let theme = try catalog.theme(named: "fuzz")
                // A theme taken is a theme the app can draw with: every role has a style.
                for role in ThemeRole.allCases { _ = theme.style(role) }
                return .accepted
            } catch {
                return .refused("\(error)")
            }
        }
    }

    static func config(in scratch: URL) -> InputReader {
        let file = scratch.appendingPathComponent("config.toml")
        return InputReader(name: "config.toml", refusalNames: file.path) { data in
            if let failure = write(data, to: file) { return failure }
            do {
                let config = try AppConfig.load(from: file)
                // What it took is within what the settings allow.
                if let minutes = config.syncAutoMinutes, !(1...1440).contains(minutes) { return .broken("took auto_minutes = \(minutes)") }
                if config.theme == "" { return .broken("took an empty theme name") }
                return .accepted
            } catch {
                return .refused("\(error)")
            }
        }
    }

    /// A CRM export, imported as a dry run into an empty data directory: the whole pipeline, no writes.
    static func csvImport(in scratch: URL) -> InputReader {
        let store = RecordStore(root: scratch.appendingPathComponent("import-data", isDirectory: true))
        return InputReader(name: "CSV import") { data in
            do {
                let report = try DealImporter(store: store).importData(data, named: "fuzz.csv", options: ImportOptions(dryRun: true, writerThreads: 1))
                // Every rejected row must say where and why, or the user cannot fix it.
                if let unexplained = report.rejected.first(where: { $0.reason.isEmpty || $0.line < 1 }) {
                    return .broken("a rejected row without a line or a reason: \(unexplained)")
                }
                return .accepted
            } catch {
                return .refused("\(error)")
            }
        }
    }

    /// A mapping file given with `--mapping`, read through the same call the command makes.
    static func importMapping(in scratch: URL) -> InputReader {
        let file = scratch.appendingPathComponent("mapping.toml")
        return InputReader(name: "import mapping TOML") { data in
            if let failure = write(data, to: file) { return failure }
            do {
                _ = try ImportMapping.load(path: file.path)
                return .accepted
            } catch {
                return .refused("\(error)")
            }
        }
    }

    /// A journal file in the state directory, read by start-up recovery.
    static func journal(in scratch: URL) -> InputReader {
        let dataDirectory = scratch.appendingPathComponent("journal-data", isDirectory: true)
        let file = scratch.appendingPathComponent("fuzz.djournal")
        return InputReader(name: "edit journal") { data in
            if let failure = write(data, to: file) { return failure }
            return JournalRecovery.read(file, dataDirectory: dataDirectory) == nil ? .ignored : .accepted
        }
    }

    /// Writes a reader's input where it reads it; a failure is the test's own, never a passing refusal.
    private static func write(_ data: Data, to file: URL) -> ReadOutcome? {
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
            return nil
        } catch {
            return .broken("the test could not write \(file.path): \(error)")
        }
    }
}
