#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct C_4a9ef0f8
{
    wp::float32 x;


    C_4a9ef0f8() = default;
    CUDA_CALLABLE C_4a9ef0f8(wp::float32 const& x)
        : x{x}

    {
    }

    CUDA_CALLABLE C_4a9ef0f8& operator += (const C_4a9ef0f8& rhs)
    {    x += rhs.x;

        return *this;}

};

static CUDA_CALLABLE void adj_C_4a9ef0f8(wp::float32 const&,
    wp::float32 & adj_x,
    C_4a9ef0f8 & adj_ret)
{
    adj_x += adj_ret.x;
}

// Required when compiling adjoints.
CUDA_CALLABLE C_4a9ef0f8 add(const C_4a9ef0f8& a, const C_4a9ef0f8& b)
{
    return C_4a9ef0f8();
}

CUDA_CALLABLE void adj_atomic_add(C_4a9ef0f8* p, C_4a9ef0f8 t)
{
    wp::adj_atomic_add(&p->x, t.x);
}




struct A_32567ca8
{
    C_4a9ef0f8 c;
    wp::int32 n;


    A_32567ca8() = default;
    CUDA_CALLABLE A_32567ca8(C_4a9ef0f8 const& c,
    wp::int32 const& n = {})
        : c{c}
        , n{n}

    {
    }

    CUDA_CALLABLE A_32567ca8& operator += (const A_32567ca8& rhs)
    {    c += rhs.c;
    n += rhs.n;

        return *this;}

};

static CUDA_CALLABLE void adj_A_32567ca8(C_4a9ef0f8 const&,
    wp::int32 const&,
    C_4a9ef0f8 & adj_c,
    wp::int32 & adj_n,
    A_32567ca8 & adj_ret)
{
    adj_c += adj_ret.c;
    adj_n += adj_ret.n;
}

// Required when compiling adjoints.
CUDA_CALLABLE A_32567ca8 add(const A_32567ca8& a, const A_32567ca8& b)
{
    return A_32567ca8();
}

CUDA_CALLABLE void adj_atomic_add(A_32567ca8* p, A_32567ca8 t)
{
    adj_atomic_add(&p->c, t.c);
    wp::adj_atomic_add(&p->n, t.n);
}




struct B_adff91d7
{
    wp::vec_t<3, wp::float32> y;


    B_adff91d7() = default;
    CUDA_CALLABLE B_adff91d7(wp::vec_t<3, wp::float32> const& y)
        : y{y}

    {
    }

    CUDA_CALLABLE B_adff91d7& operator += (const B_adff91d7& rhs)
    {    y += rhs.y;

        return *this;}

};

static CUDA_CALLABLE void adj_B_adff91d7(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_y,
    B_adff91d7 & adj_ret)
{
    adj_y += adj_ret.y;
}

// Required when compiling adjoints.
CUDA_CALLABLE B_adff91d7 add(const B_adff91d7& a, const B_adff91d7& b)
{
    return B_adff91d7();
}

CUDA_CALLABLE void adj_atomic_add(B_adff91d7* p, B_adff91d7 t)
{
    wp::adj_atomic_add(&p->y, t.y);
}




struct D_4f50fc8c
{
    A_32567ca8 a;
    B_adff91d7 b;
    C_4a9ef0f8 c;


    D_4f50fc8c() = default;
    CUDA_CALLABLE D_4f50fc8c(A_32567ca8 const& a,
    B_adff91d7 const& b = {},
    C_4a9ef0f8 const& c = {})
        : a{a}
        , b{b}
        , c{c}

    {
    }

    CUDA_CALLABLE D_4f50fc8c& operator += (const D_4f50fc8c& rhs)
    {    a += rhs.a;
    b += rhs.b;
    c += rhs.c;

        return *this;}

};

static CUDA_CALLABLE void adj_D_4f50fc8c(A_32567ca8 const&,
    B_adff91d7 const&,
    C_4a9ef0f8 const&,
    A_32567ca8 & adj_a,
    B_adff91d7 & adj_b,
    C_4a9ef0f8 & adj_c,
    D_4f50fc8c & adj_ret)
{
    adj_a += adj_ret.a;
    adj_b += adj_ret.b;
    adj_c += adj_ret.c;
}

// Required when compiling adjoints.
CUDA_CALLABLE D_4f50fc8c add(const D_4f50fc8c& a, const D_4f50fc8c& b)
{
    return D_4f50fc8c();
}

CUDA_CALLABLE void adj_atomic_add(D_4f50fc8c* p, D_4f50fc8c t)
{
    adj_atomic_add(&p->a, t.a);
    adj_atomic_add(&p->b, t.b);
    adj_atomic_add(&p->c, t.c);
}



struct wp_args_k_14defd33 {
    wp::array_t<wp::float32> out;
    D_4f50fc8c d;
    wp::array_t<C_4a9ef0f8> cs;
};


template <bool wp_linear_contiguous>
static void k_14defd33_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_14defd33 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    D_4f50fc8c var_d = _wp_args->d;
    wp::array_t<C_4a9ef0f8> var_cs = _wp_args->cs;
    //---------
    // primal vars
    wp::int32 var_0;
    A_32567ca8* var_1;
    C_4a9ef0f8* var_2;
    wp::float32* var_3;
    B_adff91d7* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    C_4a9ef0f8* var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    C_4a9ef0f8* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def k(out: wp.array(dtype=float), d: D, cs: wp.array(dtype=C)):                        <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // out[i] = d.a.c.x + d.b.y[1] + cs[i].x + d.c.x                                          <L 30>
    var_1 = &((var_d).a);
    var_2 = &(((var_d).a).c);
    var_3 = &((((var_d).a).c).x);
    var_4 = &((var_d).b);
    var_5 = &(((var_d).b).y);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_10 = wp::load(var_3);
    var_9 = wp::add(var_10, var_7);
    var_11 = wp::address(var_cs, var_0);
    var_12 = &(((*wp::address(var_cs, var_0))).x);
    var_14 = wp::load(var_12);
    var_13 = wp::add(var_9, var_14);
    var_15 = &((var_d).c);
    var_16 = &(((var_d).c).x);
    var_18 = wp::load(var_16);
    var_17 = wp::add(var_13, var_18);
    wp::array_store(var_out, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void k_14defd33_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_14defd33 *_wp_args,
    wp_args_k_14defd33 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    D_4f50fc8c var_d = _wp_args->d;
    wp::array_t<C_4a9ef0f8> var_cs = _wp_args->cs;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    D_4f50fc8c adj_d = _wp_adj_args->d;
    wp::array_t<C_4a9ef0f8> adj_cs = _wp_adj_args->cs;
    //---------
    // primal vars
    wp::int32 var_0;
    A_32567ca8* var_1;
    C_4a9ef0f8* var_2;
    wp::float32* var_3;
    B_adff91d7* var_4;
    wp::vec_t<3, wp::float32>* var_5;
    const wp::int32 var_6 = 1;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    C_4a9ef0f8* var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    C_4a9ef0f8* var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    A_32567ca8 adj_1 = {};
    C_4a9ef0f8 adj_2 = {};
    wp::float32 adj_3 = {};
    B_adff91d7 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    C_4a9ef0f8 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    C_4a9ef0f8 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def k(out: wp.array(dtype=float), d: D, cs: wp.array(dtype=C)):                        <L 28>
    // i = wp.tid()                                                                           <L 29>
    var_0 = builtin_tid1d();
    // out[i] = d.a.c.x + d.b.y[1] + cs[i].x + d.c.x                                          <L 30>
    var_1 = &((var_d).a);
    var_2 = &(((var_d).a).c);
    var_3 = &((((var_d).a).c).x);
    var_4 = &((var_d).b);
    var_5 = &(((var_d).b).y);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_10 = wp::load(var_3);
    var_9 = wp::add(var_10, var_7);
    var_11 = wp::address(var_cs, var_0);
    var_12 = &(((*wp::address(var_cs, var_0))).x);
    var_14 = wp::load(var_12);
    var_13 = wp::add(var_9, var_14);
    var_15 = &((var_d).c);
    var_16 = &(((var_d).c).x);
    var_18 = wp::load(var_16);
    var_17 = wp::add(var_13, var_18);
    // wp::array_store(var_out, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_17, adj_out, adj_0, adj_17);
    wp::adj_add(var_13, var_18, adj_13, adj_16, adj_17);
    adj_15.x += adj_16;
    adj_d.c += adj_15;
    wp::adj_add(var_9, var_14, adj_9, adj_12, adj_13);
    adj_11.x += adj_12;
    wp::adj_address(var_cs, var_0, adj_cs, adj_0, adj_11);
    wp::adj_add(var_10, var_7, adj_3, adj_7, adj_9);
    wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
    adj_4.y += adj_5;
    adj_d.b += adj_4;
    adj_2.x += adj_3;
    adj_1.c += adj_2;
    adj_d.a += adj_1;
    // adj: out[i] = d.a.c.x + d.b.y[1] + cs[i].x + d.c.x                                     <L 30>
    // adj: i = wp.tid()                                                                      <L 29>
    // adj: def k(out: wp.array(dtype=float), d: D, cs: wp.array(dtype=C)):                   <L 28>
    return;
}



struct k_14defd33_cpu_block_payload_forward
{
    wp_args_k_14defd33* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_14defd33_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_14defd33_cpu_block_payload_forward* payload = (k_14defd33_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_14defd33_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_14defd33_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_14defd33 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_14defd33_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_14defd33_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_14defd33_cpu_block_payload_backward
{
    wp_args_k_14defd33* args;
    wp_args_k_14defd33* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_14defd33_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_14defd33_cpu_block_payload_backward* payload = (k_14defd33_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_14defd33_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_14defd33_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_14defd33 *_wp_args,
    wp_args_k_14defd33 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_14defd33_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_14defd33_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

