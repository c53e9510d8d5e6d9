package com.example.notes;

import io.micronaut.http.annotation.*;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

@Controller("/notes")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class NotesController {

    record Note(String text, List<String> tags) {}

    @Get("{?q*}")
    public List<Note> search(@QueryValue String q) { return List.of(); }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    public List<Note> all() { return List.of(); }

    @Get(uri = "/{id}")
    public Note one(Long id) { return null; }

    @Post
    public Note create(@Body Note note) { return note; }

    @Delete("/{id}{&force}")
    public void delete(Long id, @QueryValue boolean force) {}
}
