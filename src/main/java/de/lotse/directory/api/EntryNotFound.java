package de.lotse.directory.api;

/** No published record has this id (an unpublished one is not told apart from none). */
class EntryNotFound extends RuntimeException {

    EntryNotFound(String id) {
        super("No published directory record " + id);
    }
}
