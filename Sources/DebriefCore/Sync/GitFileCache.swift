import Foundation

/// Files at git revisions, read for many paths with one `git cat-file --batch` instead of one
/// `git show` each: describing a pull of thousands of records started thousands of processes.
/// A path not fetched ahead is read on its own and kept. Used within one step of a sync, while
/// the revisions it names do not move.
final class GitFileCache: @unchecked Sendable {
    private let git: Git
    private let lock = NSLock()
    /// "revision:path" → the file, or nil when the revision has no such file.
    private var files: [String: Data?] = [:]

    init(git: Git) { self.git = git }

    /// Reads `paths` at `revision` in one git process.
    func prefetch(_ revision: String, _ paths: some Sequence<String>) {
        let wanted = lock.withLock { paths.map { "\(revision):\($0)" }.filter { files[$0] == nil && !$0.contains("\n") } }
        guard !wanted.isEmpty else { return }
        let input = Data(wanted.joined(separator: "\n").utf8 + [0x0A])
        guard let output = try? git.run(["cat-file", "--batch"], input: input), output.status == 0 else { return }
        let found = Self.parseBatch(output.stdout, count: wanted.count)
        lock.withLock {
            for (spec, data) in zip(wanted, found) { files[spec] = .some(data) }
        }
    }

    /// Reads files whose object ids are known (from `git diff --raw`) in one git process, kept as
    /// `revision`'s: git looks nothing up by path, which for "revision:path" meant inflating the
    /// whole folder's tree again for every file.
    func prefetch(_ revision: String, objects: [(path: String, object: String)]) {
        let wanted = lock.withLock { objects.filter { files["\(revision):\($0.path)"] == nil } }
        guard !wanted.isEmpty else { return }
        let input = Data(wanted.map(\.object).joined(separator: "\n").utf8 + [0x0A])
        guard let output = try? git.run(["cat-file", "--batch"], input: input), output.status == 0 else { return }
        let found = Self.parseBatch(output.stdout, count: wanted.count)
        lock.withLock {
            for (entry, data) in zip(wanted, found) { files["\(revision):\(entry.path)"] = .some(data) }
        }
    }

    func file(_ revision: String, _ path: String) -> Data? {
        let spec = "\(revision):\(path)"
        if let cached = lock.withLock({ files[spec] }) { return cached }
        let output = try? git.run(["show", spec])
        let data = output.flatMap { $0.status == 0 ? $0.stdout : nil }
        lock.withLock { files[spec] = .some(data) }
        return data
    }

    func reader(_ revision: String) -> @Sendable (String) -> Data? {
        { [self] path in file(revision, path) }
    }

    /// `cat-file --batch` answers each line with "<oid> <type> <size>\n<content>\n", or
    /// "<name> missing\n" (also "ambiguous"); one entry per requested line, in order.
    static func parseBatch(_ output: Data, count: Int) -> [Data?] {
        let bytes = [UInt8](output)
        var results: [Data?] = []
        var index = 0
        while results.count < count, index < bytes.count {
            guard let end = bytes[index...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[index..<end], as: UTF8.self)
            index = end + 1
            let parts = header.split(separator: " ")
            guard parts.count == 3, let size = Int(parts[2]), index + size <= bytes.count else {
                results.append(nil)  // missing, ambiguous, or not a blob
                continue
            }
            results.append(parts[1] == "blob" ? Data(bytes[index..<index + size]) : nil)
            index += size + 1  // the content and its trailing newline
        }
        return results + Array(repeating: nil, count: max(0, count - results.count))
    }
}
