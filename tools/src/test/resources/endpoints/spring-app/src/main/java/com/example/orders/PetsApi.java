package com.example.orders;

import org.springframework.web.bind.annotation.*;

@RequestMapping("/pets")
public interface PetsApi {
    @GetMapping("/{petId}")
    String showPet(@PathVariable String petId);

    @DeleteMapping("/{petId}")
    String deletePet(@PathVariable String petId);
}
