package com.example.library;

import jakarta.ws.rs.*;

public class ReviewsResource {
    @GET
    public String all() { return ""; }

    @DELETE
    @Path("{reviewId}")
    public void remove(@PathParam("reviewId") String reviewId) {}
}
