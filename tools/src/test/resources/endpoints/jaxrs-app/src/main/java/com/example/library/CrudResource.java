package com.example.library;

import jakarta.ws.rs.*;
import java.util.List;

public abstract class CrudResource<T> {
    @GET
    public List<T> list(@QueryParam("limit") int limit) { return List.of(); }

    @GET
    @Path("{id: [0-9]+}")
    public T get(@PathParam("id") long id) { return null; }
}
