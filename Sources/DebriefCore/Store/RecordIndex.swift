import Foundation

/// A cache of every deal and review in a data directory, kept outside it (under the XDG cache
/// directory), that stays correct when files change underneath it.
///
/// Loading lists the folders and stats every file; a file whose name and stamp (size, mtime, ctime,
/// inode) match the index is taken from it, every other file is read and decoded as
/// `RecordStore.loadAll` does. Broken files are never cached, so they are read and reported on every
/// load exactly as without the index. An index that is missing, corrupt, foreign or of another format
/// is ignored and rebuilt; it is written back, atomically, only when something changed.
public struct RecordIndex: Sendable {
    /// The index file.
    public let file: URL
    /// How old a file's mtime and ctime must be before the index trusts its stamp (see `isSettled`).
    var settleNanoseconds: Int64 = 3_000_000_000

    public init(file: URL) {
        self.file = file
    }

    /// The index for `dataDirectory`: `<cacheDirectory>/index/<hash of its absolute path>.bin`.
    public init(dataDirectory: URL, cacheDirectory: URL) {
        let key = Self.hexHash(Self.identity(of: dataDirectory))
        file = cacheDirectory.appendingPathComponent("index", isDirectory: true).appendingPathComponent(key + ".bin")
    }

    /// What a load found.
    public struct Load: Sendable {
        public var deals: [Deal]
        /// The reviews; from the index they are summarised at once and decoded whole on first use.
        public var loadedReviews: LoadedReviews
        public var reviews: [Review] { loadedReviews.all }
        public var problems: [LoadProblem]
        /// How many files were read from disk (the rest came from the index).
        public var filesRead: Int
        /// Why the index on disk was not used, if it was not (missing, corrupt, foreign…).
        public var indexIgnored: String?
        /// Whether the index file was rewritten.
        public var indexWritten: Bool
    }

    /// Loads deals and reviews from `store`, using and refreshing the index.
    public func load(from store: RecordStore) -> Load {
        let scannedAt = RecordIndexFileStamp.nowNanoseconds()
        // Listing and stating every file (a syscall each) needs nothing from the index: do it on
        // another core while this one reads and decodes the index.
        let scanned = DispatchGroup(), scans = ScanBox()
        DispatchQueue.global(qos: .userInitiated).async(group: scanned) { scans.deals = RecordIndexFolder.scan(Deal.self, store: store) }
        DispatchQueue.global(qos: .userInitiated).async(group: scanned) { scans.reviews = RecordIndexFolder.scan(Review.self, store: store) }
        let directory = Self.identity(of: store.root)
        var ignored: String?
        var cached = RecordIndexFile(dataDirectory: directory, deals: RecordIndexSection(), reviews: RecordIndexSection())
        do {
            cached = try RecordIndexFile.decode(try readIndexBytes(), expectedDataDirectory: directory)
        } catch let unusable as RecordIndexUnusable {
            ignored = unusable.reason
        } catch {
            ignored = "cannot be read: \(error)"
        }
        scanned.wait()
        let deals = RecordIndexFolder.load(Deal.self, store: store, scan: scans.deals, cached: cached.deals,
                                           settledBefore: scannedAt - settleNanoseconds)
        let reviews = RecordIndexFolder.load(Review.self, store: store, scan: scans.reviews, cached: cached.reviews,
                                             settledBefore: scannedAt - settleNanoseconds)
        var written = false
        if deals.changed || reviews.changed {
            let fresh = RecordIndexFile(dataDirectory: directory, deals: deals.entries, reviews: reviews.entries)
            written = write(fresh)
        }
        return Load(deals: deals.reused ? cached.deals.records ?? [] : deals.records,
                    loadedReviews: reviews.reused ? loadedReviews(cached, store: store) : LoadedReviews(reviews.records),
                    problems: deals.problems + reviews.problems,
                    filesRead: deals.filesRead + reviews.filesRead, indexIgnored: ignored, indexWritten: written)
    }

    /// The cached reviews of an unchanged folder: headlines now, the full reviews on first use. A
    /// record that will not decode then (the checksum matched, so only a forged or buggy index
    /// can do that) costs reading every review file instead, and the index is removed so that the
    /// next start rebuilds it.
    private func loadedReviews(_ cached: RecordIndexFile, store: RecordStore) -> LoadedReviews {
        guard let headlines = cached.reviewHeadlines, let deferred = cached.reviews.deferred else {
            return LoadedReviews(cached.reviews.records ?? [])
        }
        let file = file
        return LoadedReviews(headlines: headlines, decode: DecodeOnce {
            if let records = deferred.value, records.count == headlines.count { return records }
            unlink(file.path)
            return store.loadAll(Review.self).records
        })
    }

    /// The index file's bytes, read straight into the array the decoder takes: at 100,000 deals the
    /// file is tens of megabytes, and a zero-filled buffer plus a copy of it cost a visible share of
    /// start-up.
    private func readIndexBytes() throws -> [UInt8] {
        let fd = open(file.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw RecordIndexUnusable(reason: "missing") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw RecordIndexUnusable(reason: "cannot be read") }
        // One byte more than the size: a file that grew since fstat shows as a full buffer, and is
        // refused rather than read in part (the next start reads it again).
        let capacity = max(Int(info.st_size), 0) + 1
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            var length = 0
            while length < capacity {
                let n = read(fd, buffer.baseAddress! + length, capacity - length)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failed = true; break }
                if n == 0 { break }
                length += n
            }
            initialized = length
        }
        guard !failed, bytes.count < capacity else { throw RecordIndexUnusable(reason: "cannot be read, or changed while read") }
        return bytes
    }

    /// Writes the index durably and atomically, 0600 in a 0700 folder. Failing to write a cache is
    /// not an error anyone needs to see: the next start simply reads the files again.
    private func write(_ index: RecordIndexFile) -> Bool {
        let bytes = Data(index.encoded())
        do {
            try DurableFile.makeDirectory(file.deletingLastPathComponent())
            try DurableFile.withLock(on: file, wait: 0) { lock in try lock.commit(bytes) }
            return true
        } catch DurableFile.Failure.locked {
            // Another Debrief is writing it, or a crash left the lock: a lock older than a minute is stale.
            if let age = Self.age(ofFile: file.path + ".lock"), age > 60 {
                unlink(file.path + ".lock")
            }
            return false
        } catch {
            return false
        }
    }

    private static func age(ofFile path: String) -> TimeInterval? {
        guard let stamp = RecordIndexFileStamp.of(path: path) else { return nil }
        return Double(RecordIndexFileStamp.nowNanoseconds() - stamp.modifiedNanoseconds) / 1e9
    }

    /// The data directory's absolute path, as the index names and checks it.
    static func identity(of dataDirectory: URL) -> String {
        dataDirectory.standardizedFileURL.path
    }

    /// FNV-1a, 64 bits, as hex: a stable file name for a path. Collisions are caught by the
    /// path stored inside the index.
    static func hexHash(_ text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// Carries the folder scans from the threads that take them (one field each): written before the
/// group leaves, read after waiting on it, so writes and reads never overlap.
private final class ScanBox: @unchecked Sendable {
    var deals = RecordIndexFolder.Scan()
    var reviews = RecordIndexFolder.Scan()
}
