// SPDX-License-Identifier: MIT
// Build tool: executes SQL files into a fresh SQLite database. Usage: sco-sqlcompile OUT SQL...
// Writes to OUT.tmp and renames, so a failed build never leaves a half-made database.
// Records a fingerprint of the SQL (FNV-1a, 64 bit) as meta.dataset_revision and in
// OUT.revision, so the program can tell an outdated working copy from the current dataset.
#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

bool readFile(const char *path, std::string &text)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    return true;
}

int fail(sqlite3 *db, const std::string &tmp, const std::string &message)
{
    std::fprintf(stderr, "sco-sqlcompile: %s\n", message.c_str());
    sqlite3_close(db);
    std::remove(tmp.c_str());
    return 1;
}

// Returns the 1-based line of the first byte that is not valid UTF-8, or 0 when all is valid.
// SQLite stores text as given, so a bad byte would otherwise reach every quote unnoticed.
size_t firstInvalidUtf8Line(const std::string &text)
{
    size_t line = 1;
    for (size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const size_t length = c < 0x80           ? 1
                              : (c >> 5) == 0x6  ? 2
                              : (c >> 4) == 0xE  ? 3
                              : (c >> 3) == 0x1E ? 4
                                                 : 0;
        if (length == 0 || i + length > text.size())
            return line;
        for (size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2)
                return line;
        }
        if (c == '\n')
            ++line;
        i += length;
    }
    return 0;
}

std::string fingerprint(const std::string &text, std::uint64_t hash)
{
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return std::to_string(hash);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: sco-sqlcompile OUT.sqlite FILE.sql...\n");
        return 2;
    }
    const std::string out = argv[1];
    const std::string tmp = out + ".tmp";
    std::remove(tmp.c_str());
    sqlite3 *db = nullptr;
    if (sqlite3_open(tmp.c_str(), &db) != SQLITE_OK)
        return fail(db, tmp, "cannot create " + tmp);
    std::string revision = "14695981039346656037";
    for (int i = 2; i < argc; ++i) {
        std::string sql;
        if (!readFile(argv[i], sql))
            return fail(db, tmp, std::string("cannot read ") + argv[i]);
        if (const size_t line = firstInvalidUtf8Line(sql))
            return fail(db, tmp,
                        std::string(argv[i]) + ":" + std::to_string(line) + ": invalid UTF-8");
        revision = fingerprint(sql, std::stoull(revision));
        char *error = nullptr;
        if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = std::string(argv[i]) + ": " + (error ? error : "error");
            sqlite3_free(error);
            return fail(db, tmp, message);
        }
    }
    const std::string record = "INSERT OR REPLACE INTO meta (key, value) VALUES "
                               "('dataset_revision', '" +
                               revision + "')";
    if (sqlite3_exec(db, record.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(db, tmp, "cannot record the dataset revision (is there a meta table?)");
    std::ofstream(out + ".revision", std::ios::binary | std::ios::trunc) << revision;
    if (sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(db, tmp, "VACUUM failed");
    sqlite3_close(db);
    if (std::rename(tmp.c_str(), out.c_str()) != 0)
        return fail(nullptr, tmp, "cannot rename to " + out);
    return 0;
}
