package com.example.orders;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping(Paths.ORDERS)
public class OrderController {

    record NewOrder(String customerEmail, int quantity, List<String> notes) {}

    @GetMapping
    public List<String> list(@RequestParam(required = false) Integer page) { return List.of(); }

    @GetMapping("{id}")
    public String byId(@PathVariable("id") long orderId) { return "x"; }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasRole('USER')")
    public String create(@RequestBody NewOrder order) { return "ok"; }

    @RequestMapping(value = {"/search", "find/"}, method = {RequestMethod.GET, RequestMethod.POST})
    public String search() { return ""; }

    @RequestMapping("/anything")
    public String any() { return ""; }

    public String notMapped() { return ""; }
}
