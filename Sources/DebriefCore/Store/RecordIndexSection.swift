/// One record file as the index remembers it: its name, its stamp when it was read, and the record.
struct RecordIndexEntry<R: Sendable>: Sendable {
    var name: String
    var stamp: RecordIndexFileStamp
    var record: R
}

/// The files of one folder (deals or reviews) as the index remembers them, in name order. Kept as
/// parallel arrays so that a load where nothing changed hands the decoded records on as they are:
/// copying a hundred thousand deals costs more than decoding them did. A section read from an index
/// file may leave its records to be decoded on first use (`deferred`); nil then means that decode
/// found a record it could not read.
struct RecordIndexSection<R: Sendable>: Sendable, RandomAccessCollection {
    private(set) var names: [String] = []
    private(set) var stamps: [RecordIndexFileStamp] = []
    private var decoded: [R] = []
    private(set) var deferred: DecodeOnce<[R]?>?
    /// For each file in the order the folder listed them when the index was written, the position of
    /// its entry; empty when unknown. A folder that lists the same names in the same order again
    /// holds exactly these files, so they need neither sorting nor matching by name.
    var listing: [Int32] = []

    init() {}

    init(names: [String], stamps: [RecordIndexFileStamp], records: [R], listing: [Int32] = []) {
        precondition(names.count == stamps.count && names.count == records.count, "a section's arrays go together")
        self.names = names
        self.stamps = stamps
        self.decoded = records
        self.listing = listing
    }

    /// A section whose records are decoded on first use: `decode` gives as many records as names,
    /// or nil if any cannot be read.
    init(names: [String], stamps: [RecordIndexFileStamp], deferred decode: DecodeOnce<[R]?>, listing: [Int32] = []) {
        precondition(names.count == stamps.count, "a section's arrays go together")
        self.names = names
        self.stamps = stamps
        self.deferred = decode
        self.listing = listing
    }

    /// The records, one per name (decoded now if they were deferred); nil if a deferred decode
    /// found a corrupt record.
    var records: [R]? {
        guard let deferred else { return decoded }
        guard let records = deferred.value, records.count == names.count else { return nil }
        return records
    }

    /// Whether `listed` (a folder listing, so without duplicates) is this section's files in the
    /// order `listing` remembers. Then the folder holds exactly these files: each listed name is a
    /// different entry's, and there are as many as entries.
    func isListing(_ listed: [String]) -> Bool {
        guard listed.count == names.count, listing.count == names.count else { return false }
        return listed.indices.allSatisfy { position in
            let entry = Int(listing[position])
            return entry >= 0 && entry < names.count && names[entry] == listed[position]
        }
    }

    init(_ entries: [RecordIndexEntry<R>]) {
        for entry in entries { append(entry) }
    }

    mutating func reserveCapacity(_ count: Int) {
        names.reserveCapacity(count)
        stamps.reserveCapacity(count)
        decoded.reserveCapacity(count)
    }

    /// Appends to a section built entry by entry (never to one read with deferred records).
    mutating func append(_ entry: RecordIndexEntry<R>) {
        precondition(deferred == nil, "entries are appended only to sections built in memory")
        names.append(entry.name)
        stamps.append(entry.stamp)
        decoded.append(entry.record)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { names.count }

    /// An entry with its record (which decodes deferred records: for tests and small sections).
    subscript(position: Int) -> RecordIndexEntry<R> {
        RecordIndexEntry(name: names[position], stamp: stamps[position], record: records![position])
    }
}
