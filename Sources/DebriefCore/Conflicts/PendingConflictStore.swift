import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes the pending-conflict files under `conflicts/` in the data directory: one file
/// per record, durable and atomic like every record (0600, under the file's lock), removed when
/// its last field is chosen.
public struct PendingConflictStore: Sendable {
    public let root: URL
    public let fileSystem: any FileSystem

    public init(root: URL, fileSystem: any FileSystem = PosixFileSystem()) {
        self.root = root
        self.fileSystem = fileSystem
    }

    public func url(for path: String) -> URL { root.appendingPathComponent(path) }

    /// Every pending file, in path order; files that do not parse are problems, left untouched.
    public func loadAll() -> (conflicts: [PendingConflicts], problems: [LoadProblem]) {
        var conflicts: [PendingConflicts] = []
        var problems: [LoadProblem] = []
        for folder in [Deal.folder, Review.folder] {
            let dir = root.appendingPathComponent(PendingConflicts.folder).appendingPathComponent(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let path = PendingConflicts.folder + "/" + folder + "/" + name
                let file = url(for: path).path
                switch RecordFileRead.bytes(atPath: file).flatMap({ Self.decode($0, path: file) }) {
                case .success(let found?): conflicts.append(found)
                case .success(nil): problems.append(LoadProblem(path: file, reason: "cannot be read (permissions?)"))
                case .failure(let problem): problems.append(problem)
                }
            }
        }
        return (conflicts, problems)
    }

    /// The pending file for a record, nil when there is none.
    public func load(recordPath: String) throws -> PendingConflicts? {
        let file = url(for: PendingConflicts.path(forRecord: recordPath))
        switch Self.decode(FileManager.default.contents(atPath: file.path), path: file.path) {
        case .success(let conflicts): return conflicts
        case .failure(let problem): throw StoreError.brokenOnDisk(problem)
        }
    }

    /// Changes a record's pending file under its lock: `change` gets what is on disk (nil when
    /// none) and returns what should be; an empty list removes the file.
    @discardableResult
    public func update(recordPath: String, _ change: (PendingConflicts?) throws -> PendingConflicts?) throws -> PendingConflicts? {
        let file = url(for: PendingConflicts.path(forRecord: recordPath))
        try DurableFile.makeDirectory(file.deletingLastPathComponent(), fileSystem: fileSystem)
        return try DurableFile.withLock(on: file, fileSystem: fileSystem) { lock in
            let current = try load(recordPath: recordPath)
            let next = try change(current)
            if next == current { return current }
            if let next, !next.fields.isEmpty {
                try lock.commit(Self.encode(next))
                return next
            }
            if current != nil {
                do throws(SystemCallError) {
                    try fileSystem.unlink(file.path)
                } catch {
                    throw DurableFile.Failure.system(path: file.path, operation: "remove", code: error.code)
                }
                try DurableFile.syncDirectory(of: file, fileSystem: fileSystem)
            }
            return nil
        }
    }

    /// Adds conflicts a sync found; a field already pending takes the newer pair (the older
    /// other value stays in the earlier merge commit's message).
    public func add(_ found: PendingConflicts) throws {
        try update(recordPath: found.recordPath) { current in
            Self.adding(found, to: current)
        }
    }

    static func adding(_ found: PendingConflicts, to current: PendingConflicts?) -> PendingConflicts {
        var result = current ?? PendingConflicts(recordPath: found.recordPath, record: found.record, fields: [])
        result.record = found.record
        for field in found.fields {
            if let index = result.fields.firstIndex(where: { $0.field == field.field }) {
                result.fields[index] = field
            } else {
                result.fields.append(field)
            }
        }
        return result
    }

    /// Three-way merge of a pending file both machines changed: a field chosen on one side (gone
    /// there, present at the base) goes; a field added on either side stays (this side's first).
    public static func merge(base: PendingConflicts?, mine: PendingConflicts?, theirs: PendingConflicts?) -> PendingConflicts? {
        guard let any = mine ?? theirs else { return nil }
        let baseFields = Set((base?.fields ?? []).map(\.field))
        let mineFields = mine?.fields ?? []
        let theirFields = theirs?.fields ?? []
        let mineKeys = Set(mineFields.map(\.field)), theirKeys = Set(theirFields.map(\.field))
        var result = PendingConflicts(recordPath: any.recordPath, record: any.record, fields: [])
        for field in mineFields where !(baseFields.contains(field.field) && !theirKeys.contains(field.field)) {
            result.fields.append(field)
        }
        for field in theirFields where !mineKeys.contains(field.field) && !baseFields.contains(field.field) {
            result.fields.append(field)
        }
        return result.fields.isEmpty ? nil : result
    }

    public static func encode(_ conflicts: PendingConflicts) throws -> Data {
        try RecordCoding.encode(conflicts)
    }

    public static func decode(_ data: Data?, path: String) -> Result<PendingConflicts?, LoadProblem> {
        guard let data else { return .success(nil) }
        return RecordDecoding.decode(PendingConflicts.self, currentVersion: PendingConflicts.currentSchemaVersion,
                                     version: \.schemaVersion, from: data, path: path).map { $0 }
    }
}
