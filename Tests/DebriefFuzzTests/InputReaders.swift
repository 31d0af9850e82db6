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
    let read: @Sendable (Data) -> ReadOutcome
}

/// Every reader of outside input, each given a scratch folder of its own for the files it needs.
enum InputReaders {
    static func all(in scratch: URL) -> [InputReader] {
        [deal, review, questionSet, theme(in: scratch), config(in: scratch), csvImport(in: scratch), importMapping, journal(in: scratch)]
    }

    static let deal = InputReader(name: "deal JSON") { data in
        outcome(RecordDecoding.decode(Deal.self, from: data, path: "deals/fuzz.json"))
    }

    static let review = InputReader(name: "review JSON") { data in
        outcome(RecordDecoding.decode(Review.self, from: data, path: "reviews/fuzz.json"))
    }

    static let questionSet = InputReader(name: "question set JSON") { data in
        outcome(RecordDecoding.decode(QuestionSet.self, currentVersion: QuestionSet.currentSchemaVersion, version: \.schemaVersion,
                                      from: data, path: "questions/fuzz.json"))
    }

    private static func outcome<T>(_ result: Result<T, LoadProblem>) -> ReadOutcome {
        switch result {
        case .success: .accepted
        case .failure(let problem): .refused(problem.description)
        }
    }

    /// A user theme file, loaded by the catalog and resolved by name as `--theme` does.
    static func theme(in scratch: URL) -> InputReader {
        let folder = scratch.appendingPathComponent("themes", isDirectory: true)
        return InputReader(name: "theme TOML") { data in
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("fuzz.toml")
            guard (try? data.write(to: file)) != nil else { return .refused("the test could not write \(file.path)") }
            let catalog = ThemeCatalog.load(userThemesDirectory: folder)
            if let problem = catalog.problems.first { return .refused(problem.description) }
            do {
                _ = try catalog.theme(named: "fuzz")
                return .accepted
            } catch {
                return .refused("\(error)")
            }
        }
    }

    static func config(in scratch: URL) -> InputReader {
        let file = scratch.appendingPathComponent("config.toml")
        return InputReader(name: "config.toml") { data in
            guard (try? data.write(to: file)) != nil else { return .refused("the test could not write \(file.path)") }
            do {
                _ = try AppConfig.load(from: file)
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

    static let importMapping = InputReader(name: "import mapping TOML") { data in
        guard let text = String(data: data, encoding: .utf8) else { return .refused("not UTF-8") }
        do {
            _ = try ImportMapping.parse(text)
            return .accepted
        } catch {
            return .refused("\(error)")
        }
    }

    /// A journal file in the state directory, read by start-up recovery.
    static func journal(in scratch: URL) -> InputReader {
        let dataDirectory = scratch.appendingPathComponent("journal-data", isDirectory: true)
        let file = scratch.appendingPathComponent("fuzz.djournal")
        return InputReader(name: "edit journal") { data in
            guard (try? data.write(to: file)) != nil else { return .refused("the test could not write \(file.path)") }
            return JournalRecovery.read(file, dataDirectory: dataDirectory) == nil ? .ignored : .accepted
        }
    }
}
