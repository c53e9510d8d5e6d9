package com.example.orders;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
@ResponseBody
public class PetsController implements PetsApi {
    public String showPet(String petId) { return petId; }

    @DeleteMapping("/{petId}/now")
    public String deletePet(String petId) { return petId; }
}
