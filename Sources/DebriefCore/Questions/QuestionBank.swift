import Foundation

/// The question sets in use: the built-ins, overridden or extended by the team's `questions/*.json` files.
public struct QuestionBank: Sendable, Equatable {
    public private(set) var sets: [QuestionSet]
    /// Team files that could not be used; the built-ins still work.
    public private(set) var problems: [LoadProblem]

    public init(sets: [QuestionSet] = BuiltInQuestions.sets, problems: [LoadProblem] = []) {
        self.sets = sets
        self.problems = problems
    }

    /// Loads team sets from `<data>/questions/*.json`. A team set with a built-in's id replaces it.
    public static func load(from store: RecordStore) -> QuestionBank {
        var bank = QuestionBank()
        let dir = store.root.appendingPathComponent("questions", isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return bank }
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = dir.appendingPathComponent(name).path
            let data: Data
            switch RecordFileRead.bytes(atPath: path) {
            case .success(let bytes): data = bytes
            case .failure(let problem):
                bank.problems.append(problem)
                continue
            }
            switch RecordDecoding.decode(QuestionSet.self, currentVersion: QuestionSet.currentSchemaVersion, version: \.schemaVersion, from: data, path: path) {
            case .failure(let problem):
                bank.problems.append(problem)
            case .success(let set):
                let problems = set.validationProblems()
                if !problems.isEmpty {
                    bank.problems.append(LoadProblem(path: path, reason: problems.joined(separator: "; ")))
                } else if let index = bank.sets.firstIndex(where: { $0.id == set.id }) {
                    bank.sets[index] = set
                } else {
                    bank.sets.append(set)
                }
            }
        }
        return bank
    }

    public func set(id: String) -> QuestionSet? { sets.first { $0.id == id } }

    /// The set to use for a new review of a deal: a team set for that use if there is one, else the built-in.
    public func set(for outcome: Outcome) -> QuestionSet {
        let use = QuestionSetUse(for: outcome)
        let builtInID = BuiltInQuestions.set(for: outcome).id
        return sets.first { $0.use == use && $0.id != builtInID } ?? set(id: builtInID) ?? BuiltInQuestions.set(for: outcome)
    }
}
