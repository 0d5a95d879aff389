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


struct A_9f84434d
{
    wp::float32 x;


    A_9f84434d() = default;
    CUDA_CALLABLE A_9f84434d(wp::float32 const& x)
        : x{x}

    {
    }

    CUDA_CALLABLE A_9f84434d& operator += (const A_9f84434d& rhs)
    {    x += rhs.x;

        return *this;}

};

static CUDA_CALLABLE void adj_A_9f84434d(wp::float32 const&,
    wp::float32 & adj_x,
    A_9f84434d & adj_ret)
{
    adj_x += adj_ret.x;
}

// Required when compiling adjoints.
CUDA_CALLABLE A_9f84434d add(const A_9f84434d& a, const A_9f84434d& b)
{
    return A_9f84434d();
}

CUDA_CALLABLE void adj_atomic_add(A_9f84434d* p, A_9f84434d t)
{
    wp::adj_atomic_add(&p->x, t.x);
}




struct B_c44131cc
{
    wp::vec_t<2, wp::float32> y;
    wp::int16 z;


    B_c44131cc() = default;
    CUDA_CALLABLE B_c44131cc(wp::vec_t<2, wp::float32> const& y,
    wp::int16 const& z = {})
        : y{y}
        , z{z}

    {
    }

    CUDA_CALLABLE B_c44131cc& operator += (const B_c44131cc& rhs)
    {    y += rhs.y;

        return *this;}

};

static CUDA_CALLABLE void adj_B_c44131cc(wp::vec_t<2, wp::float32> const&,
    wp::int16 const&,
    wp::vec_t<2, wp::float32> & adj_y,
    wp::int16 & adj_z,
    B_c44131cc & adj_ret)
{
    adj_y += adj_ret.y;
    adj_z += adj_ret.z;
}

// Required when compiling adjoints.
CUDA_CALLABLE B_c44131cc add(const B_c44131cc& a, const B_c44131cc& b)
{
    return B_c44131cc();
}

CUDA_CALLABLE void adj_atomic_add(B_c44131cc* p, B_c44131cc t)
{
    wp::adj_atomic_add(&p->y, t.y);
    wp::adj_atomic_add(&p->z, t.z);
}




// warpsynth/structs_two_kernels.py:22
static wp::float32 fa_0(
    A_9f84434d var_a)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def fa(a: A) -> float:                                                                 <L 23>
    // return a.x                                                                             <L 24>
    var_0 = &((var_a).x);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    return var_1;
}


// warpsynth/structs_two_kernels.py:27
static B_c44131cc fb_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    B_c44131cc var_0;
    wp::vec_t<2, wp::float32> var_1;
    //---------
    // forward
    // def fb(x: float) -> B:                                                                 <L 28>
    // b = B()                                                                                <L 29>
    var_0 = B_c44131cc();
    // b.y = w.vec2(x, x)                                                                     <L 30>
    var_1 = wp::vec_t<2, wp::float32>(var_x, var_x);
    var_0.y = var_1;
    // return b                                                                               <L 31>
    return var_0;
}


// warpsynth/structs_two_kernels.py:22
static void adj_fa_0(
    A_9f84434d var_a,
    A_9f84434d & adj_a,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def fa(a: A) -> float:                                                                 <L 23>
    // return a.x                                                                             <L 24>
    var_0 = &((var_a).x);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_copy(var_2, adj_0, adj_1);
    adj_a.x += adj_0;
    // adj: return a.x                                                                        <L 24>
    // adj: def fa(a: A) -> float:                                                            <L 23>
    return;
}


// warpsynth/structs_two_kernels.py:27
static void adj_fb_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    B_c44131cc & adj_ret)
{
    //---------
    // primal vars
    B_c44131cc var_0;
    wp::vec_t<2, wp::float32> var_1;
    //---------
    // dual vars
    B_c44131cc adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    //---------
    // forward
    // def fb(x: float) -> B:                                                                 <L 28>
    // b = B()                                                                                <L 29>
    var_0 = B_c44131cc();
    // b.y = w.vec2(x, x)                                                                     <L 30>
    var_1 = wp::vec_t<2, wp::float32>(var_x, var_x);
    var_0.y = var_1;
    // return b                                                                               <L 31>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return b                                                                          <L 31>
    adj_1 += adj_0.y;
    adj_0.y = {};
    wp::adj_vec_t(var_x, var_x, adj_x, adj_x, adj_1);
    // adj: b.y = w.vec2(x, x)                                                                <L 30>
    // adj: b = B()                                                                           <L 29>
    // adj: def fb(x: float) -> B:                                                            <L 28>
    return;
}

struct wp_args_k1_4f7d7089 {
    wp::array_t<wp::float32> out;
    A_9f84434d a;
};


template <bool wp_linear_contiguous>
static void k1_4f7d7089_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k1_4f7d7089 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    A_9f84434d var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    B_c44131cc var_2;
    wp::vec_t<2, wp::float32>* var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    //---------
    // forward
    // def k1(out: w.array(dtype=float), a: A):                                               <L 35>
    // i = w.tid()                                                                            <L 36>
    var_0 = builtin_tid1d();
    // out[i] = fb(fa(a)).y[0]                                                                <L 37>
    var_1 = fa_0(var_a);
    var_2 = fb_0(var_1);
    var_3 = &(var_2.y);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    wp::array_store(var_out, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void k1_4f7d7089_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k1_4f7d7089 *_wp_args,
    wp_args_k1_4f7d7089 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    A_9f84434d var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    A_9f84434d adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    B_c44131cc var_2;
    wp::vec_t<2, wp::float32>* var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    B_c44131cc adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    //---------
    // forward
    // def k1(out: w.array(dtype=float), a: A):                                               <L 35>
    // i = w.tid()                                                                            <L 36>
    var_0 = builtin_tid1d();
    // out[i] = fb(fa(a)).y[0]                                                                <L 37>
    var_1 = fa_0(var_a);
    var_2 = fb_0(var_1);
    var_3 = &(var_2.y);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    // wp::array_store(var_out, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
    wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
    adj_2.y += adj_3;
    adj_fb_0(var_1, adj_1, adj_2);
    adj_fa_0(var_a, adj_a, adj_1);
    // adj: out[i] = fb(fa(a)).y[0]                                                           <L 37>
    // adj: i = w.tid()                                                                       <L 36>
    // adj: def k1(out: w.array(dtype=float), a: A):                                          <L 35>
    return;
}



struct k1_4f7d7089_cpu_block_payload_forward
{
    wp_args_k1_4f7d7089* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k1_4f7d7089_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k1_4f7d7089_cpu_block_payload_forward* payload = (k1_4f7d7089_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k1_4f7d7089_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k1_4f7d7089_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k1_4f7d7089 *_wp_args)
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
        k1_4f7d7089_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k1_4f7d7089_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k1_4f7d7089_cpu_block_payload_backward
{
    wp_args_k1_4f7d7089* args;
    wp_args_k1_4f7d7089* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k1_4f7d7089_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k1_4f7d7089_cpu_block_payload_backward* payload = (k1_4f7d7089_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k1_4f7d7089_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k1_4f7d7089_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k1_4f7d7089 *_wp_args,
    wp_args_k1_4f7d7089 *_wp_adj_args)
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
        k1_4f7d7089_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k1_4f7d7089_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_k2_a9802768 {
    wp::array_t<wp::float32> out;
    wp::array_t<B_c44131cc> bs;
    A_9f84434d a;
};


template <bool wp_linear_contiguous>
static void k2_a9802768_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_k2_a9802768 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<B_c44131cc> var_bs = _wp_args->bs;
    A_9f84434d var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    B_c44131cc* var_2;
    wp::int16* var_3;
    wp::float32 var_4;
    wp::int16 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def k2(out: w.array(dtype=float), bs: w.array2d(dtype=B), a: A):                       <L 41>
    // i, j = w.tid()                                                                         <L 42>
    builtin_tid2d(var_0, var_1);
    // out[i] = float(bs[i, j].z) + a.x                                                       <L 43>
    var_2 = wp::address(var_bs, var_0, var_1);
    var_3 = &(((*wp::address(var_bs, var_0, var_1))).z);
    var_5 = wp::load(var_3);
    var_4 = wp::float(var_5);
    var_6 = &((var_a).x);
    var_8 = wp::load(var_6);
    var_7 = wp::add(var_4, var_8);
    wp::array_store(var_out, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void k2_a9802768_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_k2_a9802768 *_wp_args,
    wp_args_k2_a9802768 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<B_c44131cc> var_bs = _wp_args->bs;
    A_9f84434d var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<B_c44131cc> adj_bs = _wp_adj_args->bs;
    A_9f84434d adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    B_c44131cc* var_2;
    wp::int16* var_3;
    wp::float32 var_4;
    wp::int16 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    B_c44131cc adj_2 = {};
    wp::int16 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int16 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def k2(out: w.array(dtype=float), bs: w.array2d(dtype=B), a: A):                       <L 41>
    // i, j = w.tid()                                                                         <L 42>
    builtin_tid2d(var_0, var_1);
    // out[i] = float(bs[i, j].z) + a.x                                                       <L 43>
    var_2 = wp::address(var_bs, var_0, var_1);
    var_3 = &(((*wp::address(var_bs, var_0, var_1))).z);
    var_5 = wp::load(var_3);
    var_4 = wp::float(var_5);
    var_6 = &((var_a).x);
    var_8 = wp::load(var_6);
    var_7 = wp::add(var_4, var_8);
    // wp::array_store(var_out, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_7, adj_out, adj_0, adj_7);
    wp::adj_add(var_4, var_8, adj_4, adj_6, adj_7);
    adj_a.x += adj_6;
    wp::adj_float(var_5, adj_3, adj_4);
    adj_2.z = adj_3;
    wp::adj_address(var_bs, var_0, var_1, adj_bs, adj_0, adj_1, adj_2);
    // adj: out[i] = float(bs[i, j].z) + a.x                                                  <L 43>
    // adj: i, j = w.tid()                                                                    <L 42>
    // adj: def k2(out: w.array(dtype=float), bs: w.array2d(dtype=B), a: A):                  <L 41>
    return;
}



struct k2_a9802768_cpu_block_payload_forward
{
    wp_args_k2_a9802768* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k2_a9802768_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    k2_a9802768_cpu_block_payload_forward* payload = (k2_a9802768_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k2_a9802768_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k2_a9802768_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_k2_a9802768 *_wp_args)
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
        k2_a9802768_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k2_a9802768_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k2_a9802768_cpu_block_payload_backward
{
    wp_args_k2_a9802768* args;
    wp_args_k2_a9802768* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k2_a9802768_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    k2_a9802768_cpu_block_payload_backward* payload = (k2_a9802768_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k2_a9802768_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k2_a9802768_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_k2_a9802768 *_wp_args,
    wp_args_k2_a9802768 *_wp_adj_args)
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
        k2_a9802768_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k2_a9802768_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

