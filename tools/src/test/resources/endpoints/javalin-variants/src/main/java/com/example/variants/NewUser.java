package com.example.variants;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

class NewUser extends Audited {
    @Email
    String contact;
    @Size(min = 12)
    String password;
    @Min(18)
    int age;
    LocalDate birthday;
    List<Role> roles;
    List<String> tags;
    Nickname nickname;
    @JsonIgnore
    String internal;
    transient String cache;

    static class Nickname {
        String value;
        NewUser.Nickname next;
    }
}

abstract class Audited {
    UUID requestId;
}
