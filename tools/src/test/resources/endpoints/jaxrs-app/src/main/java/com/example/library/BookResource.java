package com.example.library;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.*;

@Path("/books")
@RolesAllowed("reader")
public class BookResource extends CrudResource<Book> {

    record Book(String title, String isbn, int pages) {}

    @POST
    @RolesAllowed("librarian")
    public Book add(Book book) { return book; }

    @GET
    @Path("/featured")
    @PermitAll
    public Book featured() { return null; }

    @Path("{id}/reviews")
    public ReviewsResource reviews(@PathParam("id") long id) { return new ReviewsResource(); }

    // "@Path("/decoy")" in a comment is not a route
    public String helper() { return "@GET @Path(\"/not-a-route\")"; }
}
